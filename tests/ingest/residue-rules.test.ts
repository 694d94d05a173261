import { describe, expect, it } from 'vitest';
import { isPhotoCaption, withoutTrailingCredit } from '../../src/core/ingest/photo-credit.ts';
import { headlineRepeat, RESIDUE_RULES } from '../../src/core/ingest/residue-rules.ts';
import { stripResidue } from '../../src/core/ingest/strip-residue.ts';

const strip = (paragraphs: string[]) => stripResidue(paragraphs, RESIDUE_RULES);
const body = 'Officials in Lisbon said on Monday that the talks would resume next week.';

describe('ad marker', () => {
  it.each([
    ['{mosads}The port reopened on Friday.', 'The port reopened on Friday.'],
    ['The port reopened {ad_slot-2} on Friday.', 'The port reopened on Friday.'],
    ['The port reopened on Friday.{endad}', 'The port reopened on Friday.'],
  ])('takes %j out of the paragraph', (input, kept) => {
    const result = strip([input]);
    expect(result.paragraphs).toEqual([kept]);
    expect(result.removed[0]?.rule).toBe('ad marker');
  });

  it('drops a paragraph that is only markers or an "Advertisement" label', () => {
    expect(strip(['{mosads}', 'ADVERTISEMENT', body]).paragraphs).toEqual([body]);
  });

  it('leaves braces that are not a marker', () => {
    const text = 'The formula {x + y} was printed in the report.';
    expect(strip([text]).paragraphs).toEqual([text]);
  });
});

describe('newsletter or social prompt', () => {
  it.each([
    'Join our WhatsApp channel for the latest headlines!',
    'Sign up for our free morning newsletter.',
    'Follow us on Instagram and X.',
    'Subscribe to the Daily Brief podcast',
  ])('drops %j', (prompt) => {
    const result = strip([body, prompt]);
    expect(result.paragraphs).toEqual([body]);
    expect(result.removed).toEqual([{ rule: 'newsletter or social prompt', text: prompt }]);
  });

  it.each([
    'Join the queue, the minister told protesters outside parliament on Tuesday.',
    'Follow-up talks are planned for March.',
    'Like Facebook, Twitter has struggled to contain misinformation.',
    'Get ready for updates to the tax code, the minister said.',
    'Subscribers to the channel fell by half.',
    'Sign up rates for the scheme rose by a third, the ministry said, citing figures it will publish in its annual report next spring alongside a breakdown of regional uptake and several other measures the government has promised to track.',
  ])('keeps article text %j', (text) => {
    expect(strip([text]).paragraphs).toEqual([text]);
  });
});

describe('comment form', () => {
  it('drops the form lines under an article', () => {
    const form = [
      'Be the first to comment',
      'Leave a Reply',
      'Your email address will not be published.',
      'Required fields are marked *',
      '12 Comments',
    ];
    const result = strip([body, ...form]);
    expect(result.paragraphs).toEqual([body]);
    expect(result.removed.map((r) => r.rule)).toEqual(form.map(() => 'comment form'));
  });

  it('keeps a sentence that only starts like the form', () => {
    const text = 'Leave a reply to the ministry, the union told its members.';
    expect(strip([text]).paragraphs).toEqual([text]);
  });
});

describe('duplicated standfirst', () => {
  const standfirst = 'Ferry services between the islands were suspended after the storm.';

  it.each([[`${standfirst}PHOTO: REUTERS`], [`${standfirst} (Getty Images)`], [`${standfirst} Photo: Jane Roe`]])(
    'drops the copy that carries a credit and keeps the standfirst: %j',
    (credited) => {
      const result = strip([standfirst, credited, body]);
      expect(result.paragraphs).toEqual([standfirst, body]);
      expect(result.removed.map((r) => r.rule)).toEqual(['duplicated standfirst']);
    },
  );

  it('also when the credited copy comes first', () => {
    expect(strip([`${standfirst}PHOTO: EPA`, standfirst, body]).paragraphs).toEqual([standfirst, body]);
  });

  it('keeps a paragraph merely repeated without a credit', () => {
    expect(strip([standfirst, standfirst]).paragraphs).toEqual([standfirst, standfirst]);
  });
});

describe('photo caption', () => {
  it.each([
    'The minister arrives in Oslo on May 3, 2021. (Government photo by Kari Nordmann/Released)',
    'Rescue teams search the rubble in the city centre.PHOTO: AFP',
    'Rescue teams search the rubble. ST PHOTO: KEVIN LIM',
    'Rescue teams search the rubble on Sunday. (Reuters)',
    'Rescue teams search the rubble on Sunday. (AP Photo/Jane Roe)',
    'Rescue teams search the rubble on Sunday. (REUTERS/John Doe)',
    'Photo: Getty Images',
  ])('drops %j', (caption) => {
    const result = strip([caption, body]);
    expect(result.paragraphs).toEqual([body]);
    expect(result.removed[0]?.rule).toBe('photo caption');
  });

  it.each([
    'The satellite sent back the first pictures of the far side (a world first, the agency said).',
    'Photographers were kept away from the court, a spokesman said.',
    'The agency will publish the images: all 300 of them, by December.',
  ])('keeps article text %j', (text) => {
    expect(isPhotoCaption(text)).toBe(false);
  });

  it('finds where a glued credit starts', () => {
    expect(withoutTrailingCredit('The harbour at dawn.PHOTO: AFP')).toBe('The harbour at dawn.');
    expect(withoutTrailingCredit(body)).toBeNull();
  });
});

describe('headline repeat', () => {
  it('drops a later line that repeats the headline, ignoring case and closing punctuation', () => {
    const headline = 'Storm closes ports along the coast';
    const result = stripResidue([body, 'STORM CLOSES PORTS ALONG THE COAST.', body], [headlineRepeat(headline)]);
    expect(result.paragraphs).toEqual([body, body]);
    expect(result.removed).toEqual([{ rule: 'headline repeat', text: 'STORM CLOSES PORTS ALONG THE COAST.' }]);
  });
});

it('never changes a paragraph it does not remove residue from', () => {
  const text = '  “Quotes”, dashes — and  double spaces stay as published.';
  expect(strip([text.trim(), body]).paragraphs).toEqual([text.trim(), body]);
});
