import type { APIRoute } from 'astro';
import { robotsTxt } from '../core/publish/robots-txt.ts';
import { urls } from '../components/urls.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(urls), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
