/**
 * Cases for every residue rule: pages of scraped lines (parsed as ingest
 * parses text, so "- x" is a list item) with the lines the rule must remove
 * marked "✗ ", and pages every rule must leave alone: real sentences that
 * look like the residue. The text is written for these tests.
 */
export type Page = readonly string[];

const P1 = 'Officials in Lisbon said on Monday that the talks would resume next week.';
const P2 = 'The ministry declined to comment on the timing of the next round of talks.';
const P3 = 'Harbour pilots said the first ships could enter the port by Thursday morning.';

export const RESIDUE_CASES: Record<string, { drops: Page[]; keeps: Page[] }> = {
  'ad marker': {
    drops: [
      [P1, '✗ Advertisement', P2],
      [P1, '✗ ADVERTISEMENT', '✗ Story continues below advertisement', P2],
      [P1, '✗ Ad Feedback', P2],
      [P1, '✗ Advertisement - Scroll to continue', P2],
      [P1, '✗ {mosads}', P2],
    ],
    keeps: [
      [P1, 'The formula {x + y} was printed in the report.', P2],
      [P1, 'Advertisements for the scheme ran on television for a month.', P2],
      [P1, 'Ad spending fell by a fifth in the third quarter, the agency said.'],
    ],
  },
  navigation: {
    drops: [
      ['✗ Skip to main content', '✗ Menu', '✗ Search', P1, P2],
      ['✗ Home › News › Security', P1, P2],
      ['✗ Home / World / Europe', P1, P2],
      [P1, P2, '✗ Back to top'],
      ['✗ Sign in', '✗ Subscribe', P1, P2],
    ],
    keeps: [
      [P1, 'Sign in sheets were handed out at the entrance to the hearing.', P2],
      [P1, 'Home prices in the region rose for a third month in a row.', P2],
      [P1, 'Search teams worked through the night to reach the stranded crew.', P2],
    ],
  },
  'cookie notice': {
    drops: [
      [
        '✗ We use cookies to improve your experience on our site. By continuing to browse, you accept our use of cookies.',
        P1,
        P2,
      ],
      ['✗ This website uses cookies.', '✗ Accept all', '✗ Manage preferences', P1, P2],
      [P1, P2, '✗ Cookie settings'],
    ],
    keeps: [
      [P1, 'Regulators say sites must ask before they set tracking cookies, and fined three publishers.', P2],
      [P1, 'The bakery sold 3,000 cookies on the first day, its owner said.', P2],
      [P1, 'Accept the offer or walk away, the union told its members on Friday.', P2],
    ],
  },
  'page notice': {
    drops: [
      ['✗ Please enable JavaScript to view this content.', P1, P2],
      [P1, '✗ Subscribe to continue reading', '✗ Already a subscriber? Log in', P2],
      [P1, '✗ You have 2 free articles left this month.', P2],
    ],
    keeps: [
      [P1, 'Readers who enable JavaScript see an interactive map of the closures.', P2],
      [P1, 'Subscribers to the service were told on Monday that prices would rise.', P2],
      [P1, 'Loading of the ships resumed once the cranes were repaired.', P2],
    ],
  },
  'newsletter or social prompt': {
    drops: [
      [P1, '✗ Join our WhatsApp channel for the latest headlines!', P2],
      [P1, '✗ Sign up for our free morning newsletter.', P2],
      [P1, P2, '✗ Follow us on Instagram and X.'],
      [P1, '✗ Subscribe to the Daily Brief podcast', P2],
      [P1, '✗ Get the latest security news delivered to your inbox every morning.', P2],
      [P1, P2, '✗ Follow Jane Doe on Twitter @janedoe'],
      [P1, '✗ Enjoyed this article? Sign up for our weekly newsletter.', P2],
    ],
    keeps: [
      [P1, 'Join the queue, the minister told protesters outside parliament on Tuesday.', P2],
      [P1, 'Follow-up talks are planned for March.', P2],
      [P1, 'Like Facebook, Twitter has struggled to contain misinformation.', P2],
      [P1, 'Get ready for updates to the tax code, the minister said.', P2],
      [P1, 'Subscribers to the channel fell by half.', P2],
      [
        P1,
        'Sign up rates for the scheme rose by a third, the ministry said, citing figures it will publish in its annual report next spring alongside a breakdown of regional uptake and several other measures the government has promised to track.',
      ],
    ],
  },
  'subscription form': {
    drops: [
      [
        P1,
        '✗ Newsletter',
        '✗ Email address',
        '✗ Sign up',
        '✗ By signing up, you agree to our Terms of Use and Privacy Policy.',
        P2,
      ],
      [P1, '✗ You can unsubscribe at any time.', P2],
      [P1, '✗ Thanks for signing up!', P2],
      [P1, '✗ Get the Morning Signal newsletter', '✗ The biggest stories of the day, straight to your inbox.', P2],
      [P1, '✗ The week’s shipping news, every Friday in your inbox.', P2],
    ],
    keeps: [
      [P1, 'By signing the accord, both governments agreed to share radar data.', P2],
      [P1, 'The newsletter, which has 40,000 readers, first reported the breach.', P2],
      [P1, 'Privacy groups said the terms of the deal were never published.', P2],
      [P1, 'The fake invoice looked real when it landed in your inbox, the bank warned customers.', P2],
    ],
  },
  'comment form': {
    drops: [
      [
        P1,
        P2,
        '✗ Be the first to comment',
        '✗ Leave a Reply',
        '✗ Your email address will not be published.',
        '✗ Required fields are marked *',
      ],
      [P1, P2, '✗ Write a comment'],
      [P1, P2, '✗ 12 Comments'],
      [P1, P2, '✗ Comments are closed.'],
    ],
    keeps: [
      [P1, 'Leave a reply to the ministry, the union told its members.', P2],
      [P1, 'Comments by the minister drew criticism from the opposition.', P2],
      [P1, 'The first to comment was the harbour master, who praised the crews.', P2],
    ],
  },
  'share widget': {
    drops: [
      [P1, '✗ Share this article:', '✗ Facebook', '✗ Twitter', '✗ LinkedIn', P2],
      [P1, '✗ Share on Facebook', '✗ Tweet', '✗ Copy link', P2],
      [P1, '✗ Facebook Twitter LinkedIn WhatsApp', P2],
      [P1, '✗ Click to share on Twitter (Opens in new window)', P2],
      [P1, P2, '✗ Print'],
    ],
    keeps: [
      [P1, 'Facebook said on Tuesday that it had removed the accounts.', P2],
      [P1, 'Share prices fell by 4% in early trading in Frankfurt.', P2],
      [P1, 'Email records show the warning reached the ministry in May.', P2],
    ],
  },
  counter: {
    drops: [
      ['✗ 0', P1, P2],
      [P1, '✗ 1.2K', P2],
      [P1, '✗ 120 shares', P2],
      [P1, '✗ Views: 1,024', P2],
    ],
    keeps: [
      [P1, '12 people were hurt, police said.', P2],
      [P1, 'Shares in the company fell 12% on the news.', P2],
      [P1, '2021 was the busiest year for the port since records began.', P2],
    ],
  },
  'reading time': {
    drops: [
      [P1, '✗ 3 minute read', P2],
      ['✗ 5 min read', P1, P2],
      [P1, '✗ Reading time: 4 minutes', P2],
    ],
    keeps: [
      [P1, 'The raid took 5 minutes, the police report said.', P2],
      [P1, 'It was a 3 minute walk from the station to the harbour.', P2],
      [P1, 'Read the full 40-page ruling, the judge told the lawyers.', P2],
    ],
  },
  'tip line': {
    drops: [
      [P1, P2, '✗ Have a tip? Contact our reporters securely on WhatsApp | Signal | Email'],
      [P1, P2, '✗ Got a news tip? Email us at tips@example.com'],
      [P1, P2, '✗ Send us your tips confidentially.'],
      [P1, P2, '✗ Reach the newsroom securely: Signal | WhatsApp | SecureDrop'],
    ],
    keeps: [
      [P1, 'Signal and WhatsApp both use end-to-end encryption, the researchers noted.', P2],
      [P1, 'The waiter said he had a tip of 20 euros from the delegation.', P2],
      [P1, 'Have a look at the figures, the minister told reporters, and you will see.', P2],
    ],
  },
  'copyright notice': {
    drops: [
      [P1, P2, '✗ © 2021 Harbour Media Group. All rights reserved.'],
      [
        P1,
        P2,
        '✗ Copyright 2021 The Coastal Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      ],
      [P1, P2, '✗ Copyright © Island Times'],
    ],
    keeps: [
      [P1, 'Copyright lawsuits rose in 2021, according to the court registry.', P2],
      [P1, 'The publisher said all rights to the photographs had been sold in 2019 and would not be reviewed.', P2],
      [P1, 'Copyright 2021 was the theme of the conference in Geneva.', P2],
    ],
  },
  'media controls': {
    drops: [
      [P1, '✗ 1 of 5', '✗ Enlarge this image', P2],
      [P1, '✗ toggle caption', P2],
      ['✗ Listen to this article', P1, P2],
      [P1, '✗ Image 2 of 12', P2],
    ],
    keeps: [
      [P1, '1 of 5 ships was turned away at the breakwater.', P2],
      [P1, 'Listen to the recording, the lawyer told the court, and judge for yourself.', P2],
      [P1, 'The caption under the photograph was later corrected by the agency.', P2],
    ],
  },
  'duplicated standfirst': {
    drops: [
      [
        'Ferry services between the islands were suspended after the storm.',
        '✗ Ferry services between the islands were suspended after the storm.PHOTO: REUTERS',
        P1,
      ],
      [
        '✗ Ferry services between the islands were suspended after the storm. (Getty Images)',
        'Ferry services between the islands were suspended after the storm.',
        P1,
      ],
    ],
    keeps: [
      [
        'Ferry services between the islands were suspended after the storm.',
        'Ferry services between the islands were suspended after the storm.',
        P1,
      ],
      [P1, 'Ferry services between the islands were suspended after the storm.', P2],
    ],
  },
  'photo caption': {
    drops: [
      ['✗ The minister arrives in Oslo on May 3, 2021. (Government photo by Kari Nordmann/Released)', P1],
      ['✗ Rescue teams search the rubble in the city centre.PHOTO: AFP', P1],
      ['✗ Rescue teams search the rubble on Sunday. (AP Photo/Jane Roe)', P1],
      [P1, '✗ Photo: Getty Images', P2],
      [P1, '✗ Illustration by Jane Roe', P2],
      [P1, '✗ Workers clear the quay on Monday. (Image credit: Harbour Authority)', P2],
      [P1, '✗ AFP via Getty Images', P2],
    ],
    keeps: [
      [P1, 'Photographers were kept away from the court, a spokesman said.', P2],
      [P1, 'The agency will publish the images: all 300 of them, by December.', P2],
      [P1, 'Illustrations by children from the island were shown at the opening.', P2],
    ],
  },
  'headline repeat': {
    drops: [
      [P1, '✗ STORM CLOSES PORTS ALONG THE COAST.', P2],
      [P1, P2, '✗ Storm closes ports along the coast'],
    ],
    keeps: [
      [P1, 'The storm closes ports along the coast every winter, the harbour master said.', P2],
      [P1, 'Storm closes ports along the coast of Portugal', P2],
    ],
  },
  byline: {
    drops: [
      [P1, P2, '✗ Jane Doe'],
      [P1, P2, '✗ By Jane Doe | Reporter', P3],
    ],
    keeps: [
      [P1, 'Jane Doe, a fisherman from the island, said the boats had stayed in port.', P2],
      [P1, 'By Jane Doe’s count, the port lost 40 sailings.', P2],
    ],
  },
  'update line': {
    drops: [
      [P1, '✗ Updated: March 4, 2021', P2],
      [P1, '✗ Updated 5:32 p.m. ET', P2],
      [P1, P2, '✗ Last updated 2 hours ago'],
    ],
    keeps: [
      [P1, 'This story has been updated with comment from the port authority.', P2],
      [P1, 'Updated forecasts show the storm weakening by Wednesday.', P2],
      [P1, 'Published figures show 40 sailings were cancelled.', P2],
    ],
  },
  'sponsor block': {
    drops: [
      [P1, '✗ Sponsored', '✗ Acme Security', '✗ Stop ransomware before it starts.', '✗ Learn more', P2],
      [P1, '✗ Sponsored content', '✗ Northwind Cloud', P2],
      [P1, '✗ Presented by Northwind Cloud', P2],
    ],
    keeps: [
      [P1, 'The festival was sponsored by a local bank, the organisers said.', P2],
      [P1, 'Sponsored trips for lawmakers are under review, the ethics office said.', P2],
      [P1, 'Promoted officers took command of the coastguard on Monday.', P2],
    ],
  },
  'promo block': {
    drops: [
      [
        P1,
        '✗ Free webinar: Securing your cloud workloads',
        '✗ Join our experts on December 2 to learn how.',
        '✗ REGISTER NOW',
        P2,
      ],
      [P1, '✗ Download the 2021 threat report and see where attacks are heading — Download now', P2],
      [P1, '✗ Read more', P2],
      [P1, '✗ Continue reading', P2],
      [P1, '✗ The 2022 guide to securing Linux servers is free for our readers.', '✗ Download the PDF', P2],
    ],
    keeps: [
      [P1, 'The summit will take place in Geneva next week, officials said.', P2],
      [P1, 'The agency said it would register all vessels by the end of the year.', P2],
      [P1, 'Learn more languages, the minister urged pupils at the opening of the school.', P2],
    ],
  },
  'related links': {
    drops: [
      [
        P1,
        '✗ Related Articles:',
        '✗ Hackers hit second port operator in a month',
        '✗ Ministry orders review of harbour systems',
        P2,
      ],
      [
        P1,
        '✗ Previous and related coverage',
        '✗ - Ports reopen after the storm',
        '✗ - Harbour authority names new chief',
        P2,
      ],
      [P1, '✗ Read more: Ports reopen after the storm', P2],
      [P1, P2, '✗ Most read', '✗ 1. Ferry timetable changes for winter', '✗ 2. Fishermen protest new quotas'],
      [P1, P2, '✗ Recommended', '✗ Why the island ferries keep breaking down'],
    ],
    keeps: [
      [P1, 'Related charges were filed in Virginia last year.', P2],
      [P1, 'Most read the report as a warning, analysts said.', P2],
      [P1, 'Recommended changes include a second breakwater and new radar.', P2],
    ],
  },
  'topic tags': {
    drops: [
      [P1, P2, '✗ Topics: Security, Government, Hacking'],
      [P1, P2, '✗ Tags: ransomware | ports | Portugal', P3],
      [P1, P2, '✗ Filed under:', '✗ Europe', '✗ Shipping'],
    ],
    keeps: [
      [P1, 'Topics discussed included trade and security.', P2],
      [P1, 'Tags on the containers showed they had come from Rotterdam.', P2],
      [P1, 'Categories of cargo that may not be unloaded are listed in the decree.', P2],
    ],
  },
  'author bio': {
    drops: [
      [P1, P2, '✗ Jane Doe is a senior reporter covering shipping and the ports. Follow her on X.'],
      [P1, P2, '✗ About the author', '✗ Jane Doe has written about the islands for ten years.'],
    ],
    keeps: [
      [P1, P2, 'Jane Doe is a fisherman’s daughter who now runs the port’s radio station.'],
      ['Jane Doe is a reporter for the island paper who was stopped at the harbour.', P1, P2, P3, P1, P2],
    ],
  },
  'trailing tags': {
    drops: [
      [P1, P2, '✗ Government', '✗ Hacks'],
      [P1, P2, '✗ Data Breach', '✗ Ransomware', '✗ Portugal'],
    ],
    keeps: [
      [P1, P2, '— Reuters'],
      [P1, P2, 'What next?'],
      [P1, 'Shipping lines hope for better luck:', '- Ports', '- Ferries'],
    ],
  },
};
