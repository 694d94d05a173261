import { seededRandom, shuffled } from './prng.ts';

/** The seed of the recorded tune/held-out split; changing it reshuffles every unseen article. */
export const UNSEEN_SPLIT_SEED = 20250611;

/**
 * Gold articles written after the split was recorded and put straight into
 * `tune/`. They stay outside the seeded pool, so adding one moves no pooled
 * article between the halves, and they never go to `heldout/`: whoever wrote
 * and annotated them has read them.
 */
export const ADDED_TO_TUNE: readonly string[] = [
  '2023-09-19-india-says-pakistan-linked-hackers-targeted-officers.md',
  '2024-08-27-korean-chipmaker-sues-texas-startup-over-memory-designs.md',
  '2025-04-22-abu-dhabi-fund-to-buy-irish-satellite-analytics-firm.md',
  '2025-07-16-nigeria-regulator-orders-mtn-to-compensate-after-outage.md',
  '2025-08-06-australian-senators-grill-insurer-over-data-breach.md',
  '2025-10-14-dutch-hospital-group-hit-by-ransomware.md',
  '2026-01-21-canadian-police-break-up-crypto-laundering-ring.md',
  '2026-03-09-colombia-fake-account-network-targeted-vote-count.md',
  '2023-10-05-dutch-belgian-universities-join-photonic-chip-startup-programme.md',
  '2024-09-03-chilean-holding-huemul-buys-control-of-argentine-publisher.md',
  '2025-02-18-austrian-lender-helmreich-to-buy-bremen-based-weserbank.md',
  '2025-11-12-dockworkers-strike-at-malaysian-terminal-operator.md',
  '2025-11-18-new-york-fund-bellmoor-agrees-to-buy-harbury-wanderers.md',
  '2026-02-24-rights-group-says-spyware-sellers-regroup-in-cyprus-and-greece.md',
  '2026-04-02-airline-shares-slide-as-lufthansa-and-qantas-cut-forecasts.md',
  '2026-04-08-dock-unions-threaten-stoppage-as-labor-weighs-intervention.md',
  '2026-04-15-court-orders-chipmaker-to-pay-rival-over-patents.md',
  '2026-04-18-au-and-ecowas-envoys-press-sahel-juntas-over-militias.md',
  '2026-04-22-asean-ministers-meet-as-myanmar-army-loses-border-town.md',
  '2026-04-25-osce-and-council-of-europe-observers-criticise-czech-vote-count.md',
  '2026-04-28-cloud-firms-rally-as-outage-report-blames-api-change.md',
  '2026-05-04-prosecutors-charge-five-over-mining-bribes.md',
];

/**
 * Splits unseen gold file names into tune and held-out halves: sort, shuffle
 * with the recorded seed, first half (rounded down) to tune. A new article
 * therefore moves others only if the whole split is redone on purpose.
 * Pass the pooled names only (not `ADDED_TO_TUNE`).
 */
export function splitUnseen(names: readonly string[], seed = UNSEEN_SPLIT_SEED): { tune: string[]; heldout: string[] } {
  const order = shuffled([...names].sort(), seededRandom(seed));
  const half = Math.floor(order.length / 2);
  return { tune: order.slice(0, half).sort(), heldout: order.slice(half).sort() };
}
