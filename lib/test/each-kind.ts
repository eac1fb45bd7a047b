import fc from "fast-check";

export type KindCounts = Map<string, { runs: number; asserted: number }>;

/**
 * Property tests whose inputs are valid or invalid by construction: runs `check` on `runs`
 * inputs of each kind, each kind on its own so that every kind gets its share (never left to
 * chance), and counts by kind the runs whose `check` reached its kind's assertion (it returns
 * true when it did). A test then asserts on those counts, so that no branch goes untested unseen.
 */
export async function checkEachKind<T extends { kind: string }>(
  kinds: fc.Arbitrary<T>[],
  runs: number,
  check: (input: T) => boolean | Promise<boolean>,
): Promise<KindCounts> {
  const counts: KindCounts = new Map();
  for (const kind of kinds) {
    await fc.assert(
      fc.asyncProperty(kind, async (input) => {
        const count = counts.get(input.kind) ?? { runs: 0, asserted: 0 };
        counts.set(input.kind, count);
        count.runs++;
        if (await check(input)) count.asserted++;
      }),
      { numRuns: runs },
    );
  }
  return counts;
}

/** Each kind ran `runs` times, and every run of a kind other than `unchecked` reached its assertion. */
export function expectEveryKindChecked(counts: KindCounts, kinds: number, runs: number, unchecked: string[] = []) {
  if (counts.size !== kinds) throw new Error(`${counts.size} of ${kinds} kinds of input ran`);
  for (const [kind, { runs: ran, asserted }] of counts) {
    const expected = unchecked.includes(kind) ? 0 : runs;
    if (ran !== runs || asserted !== expected) throw new Error(`${kind}: ${ran} runs (of ${runs}), ${asserted} reached the assertion (of ${expected})`);
  }
}
