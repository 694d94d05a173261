import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksText, type Block } from '../../src/core/ingest/block.ts';
import { renderBlocks } from '../../src/core/ingest/render-article-file.ts';
import { promoteHeadings } from '../../src/core/ingest/text-headings.ts';
import { textBlocks } from '../../src/core/ingest/text-blocks.ts';
import { markdownToHast } from '../../src/core/text/markdown-to-hast.ts';
import { markdownToText } from '../../src/core/text/markdown-to-text.ts';
import { trickyLine } from './tricky-lines.ts';

const LONG = 'The ministry said the new timetable would add twelve sailings a week from the mainland in winter.';

describe('textBlocks', () => {
  it('reads markdown-style headings, bullets and numbered runs', () => {
    const { blocks } = textBlocks(
      [
        '# What changes',
        '### In winter',
        '* More sailings',
        '- New routes',
        '• A third pier',
        '1. Book',
        '2. Board',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'What changes', level: 2 },
      { kind: 'heading', text: 'In winter', level: 3 },
      { kind: 'item', text: 'More sailings', ordered: false, list: 1 },
      { kind: 'item', text: 'New routes', ordered: false, list: 1 },
      { kind: 'item', text: 'A third pier', ordered: false, list: 1 },
      { kind: 'item', text: 'Book', ordered: true, list: 2, number: 1 },
      { kind: 'item', text: 'Board', ordered: true, list: 2, number: 2 },
    ]);
  });

  it('starts a new list after a paragraph', () => {
    const { blocks } = textBlocks(['* One', LONG, '* Two'].join('\n'));
    expect(blocks.map((b) => (b.kind === 'item' ? b.list : null))).toEqual([1, null, 2]);
  });

  it.each([
    ['1. A lone numbered line'],
    ['2018. That was the year the port closed.'],
    ['— a dash opens this line'],
    ['#hashtag'],
  ])('keeps %j a paragraph', (line) => {
    expect(textBlocks(line).blocks).toEqual([{ kind: 'paragraph', text: line }]);
  });

  it('leaves out lines that only draw a rule', () => {
    const { blocks, removed } = textBlocks([LONG, '* * *', '---', LONG].join('\n'));
    expect(blocks).toHaveLength(2);
    expect(removed).toEqual([
      { rule: 'section separator', text: '* * *' },
      { rule: 'section separator', text: '---' },
    ]);
  });
});

describe('renderBlocks', () => {
  const blocks: Block[] = [
    { kind: 'paragraph', text: '1. Not a list' },
    { kind: 'heading', text: 'What C# changes #', level: 2 },
    { kind: 'item', text: 'More *sailings*', ordered: false, list: 1 },
    { kind: 'item', text: '- dash inside', ordered: false, list: 1 },
    { kind: 'item', text: 'A second list', ordered: false, list: 2 },
    { kind: 'item', text: 'Third', ordered: true, list: 3, number: 3 },
    { kind: 'item', text: 'Fourth', ordered: true, list: 3, number: 4 },
    { kind: 'paragraph', text: LONG },
  ];

  it('writes headings, tight lists with their numbers and escaped text', () => {
    expect(renderBlocks(blocks)).toBe(
      [
        '1\\. Not a list',
        '## What C# changes \\#',
        '- More \\*sailings\\*\n- \\- dash inside',
        '* A second list',
        '3. Third\n4. Fourth',
        LONG,
      ].join('\n\n'),
    );
  });

  it('renders to the same blocks: one heading, two bulleted lists and an ordered one', () => {
    const tree = markdownToHast(renderBlocks(blocks));
    const tags = tree.children.flatMap((node) => (node.type === 'element' ? [node.tagName] : []));
    expect(tags).toEqual(['p', 'h2', 'ul', 'ul', 'ol', 'p']);
    expect(markdownToText(renderBlocks(blocks)).text).toBe(blocksText(blocks));
  });

  it('renders any blocks back to their text', () => {
    const block: fc.Arbitrary<Block> = fc.oneof(
      trickyLine.map((text): Block => ({ kind: 'paragraph', text })),
      fc
        .tuple(trickyLine, fc.constantFrom<2 | 3 | 4>(2, 3, 4))
        .map(([text, level]): Block => ({ kind: 'heading', text, level })),
      fc
        .tuple(trickyLine, fc.boolean(), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 1_000_000_000 }))
        .map(([text, ordered, list, number]): Block => ({ kind: 'item', text, ordered, list, number })),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (list) => {
        return markdownToText(renderBlocks(list)).text === blocksText(list);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('promoteHeadings', () => {
  const para = (text: string): Block => ({ kind: 'paragraph', text });

  it('makes a short line between two paragraphs a heading', () => {
    expect(promoteHeadings([para(LONG), para('What happens next?'), para(LONG)])[1]).toEqual({
      kind: 'heading',
      text: 'What happens next?',
      level: 2,
    });
  });

  it.each([['The port reopened.'], ['“We will be back,” he said'], ['and then it rained'], ['Officials said:']])(
    'keeps %j a paragraph',
    (line) => {
      expect(promoteHeadings([para(LONG), para(line), para(LONG)])[1]).toEqual(para(line));
    },
  );

  it('leaves the first and last lines alone', () => {
    expect(promoteHeadings([para('Short line'), para(LONG), para('Short end')])).toEqual([
      para('Short line'),
      para(LONG),
      para('Short end'),
    ]);
  });
});
