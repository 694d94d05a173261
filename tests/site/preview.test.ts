/**
 * The built site as `npm start` and the browser tests serve it (`astro preview`): pages under the
 * base, data files with their type, and unknown paths answered by the site's own 404 page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewSite, type PreviewedSite } from '../../scripts/lib/preview-site.ts';
import { BUILDS } from './site.ts';

describe.each(BUILDS)('$name served by astro preview', ({ dir, base }) => {
  let site: PreviewedSite;
  beforeAll(async () => {
    site = await previewSite({ dir, base });
  });
  afterAll(() => site.close());
  const get = (path: string): Promise<Response> => fetch(new URL(path, site.url), { redirect: 'manual' });

  it('serves the home page and an entity index under the base', async () => {
    expect(site.url.endsWith(base)).toBe(true);
    for (const path of ['', 'entities/']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
    }
  });

  it('serves the published data as JSON', async () => {
    const response = await get('data/entities.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Array.isArray(await response.json())).toBe(true);
  });

  it('answers an unknown path with the 404 page and status 404', async () => {
    const response = await get('no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<h1[^>]*>[^<]*(not found|404)/i);
  });
});
