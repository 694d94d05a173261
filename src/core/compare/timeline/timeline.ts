import type { DatedEvent, EventGroup } from '../../publish/schemas/analysis/events.ts';
import type { CorpusAnalysis } from '../../types.ts';
import { findEvents } from './find-events.ts';
import { groupEvents } from './group-events.ts';

/** The comparison's timeline: every dated event, per occurrence, and the events grouped into happenings. */
export interface Timeline {
  events: DatedEvent[];
  timeline: EventGroup[];
}

/** Reads the dated events of every article (in corpus order) and groups the same happening across outlets. */
export function timelineOf(corpus: CorpusAnalysis): Timeline {
  const events = corpus.articles.flatMap(findEvents);
  return { events, timeline: groupEvents(events, corpus.articles) };
}
