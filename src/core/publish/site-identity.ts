/** The site's name: in every page title, the feed, the cards and the structured data. */
export const SITE_NAME = 'Newsroom Entities';

/** One sentence saying what the site is: the home page's description and the feed's. */
export const SITE_DESCRIPTION = 'Who and what the news names: articles with every mention marked and linked.';
