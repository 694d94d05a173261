import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * The allow-list applied to every article body before it reaches a page,
 * the search index or the published data. GitHub's schema without anything
 * that can run, load or submit: no script, style, iframe, form, image or
 * input, and only http(s) and mailto links.
 */
export const articleSanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'input', 'picture', 'source'].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  strip: [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'form',
    'template',
    'noscript',
    'textarea',
    'select',
    'button',
  ],
};
