// The variable parts of the common templates (holder names in BSD/MIT/ISC clauses) and optional text,
// replaced in a text's normalised words (lower-case, separated by single spaces), left to right in one
// pass: `lead`, 1–12 words (the fewest that fit), `tail` → `lead holder tail`.

interface TemplateSlot {
  /** The words before and after the variable part, as patterns (`names?`) and as written back. */
  readonly lead: string;
  readonly writtenLead: string;
  readonly tail: string;
  readonly writtenTail: string;
  /** The most words the variable part may have. */
  readonly maxGap: number;
}

const slot = (lead: string, tail: string, maxGap = 12): TemplateSlot => ({
  lead,
  writtenLead: lead.replace(/s\?/g, ''),
  tail,
  writtenTail: tail.replace(/\?/g, ''),
  maxGap,
});

const HOLDER_SLOTS: readonly TemplateSlot[] = [
  slot('neither the names? of', 'nor the names'),
  slot('even if', 'has been advised'),
  slot('such damage', 'specifically disclaims'),
  slot('basis and', 'has no obligations?'),
  slot('this software is provided by', 'as is'),
  slot('in no event shall', 'be liable'),
  slot('software developed by', 'and its contributors'),
  slot('as is and', 'disclaims all warranties', 6),
];

/** Text left out: "developed by …" above an MIT grant, and the Creative Commons wiki reference. */
const OPTIONAL = String.raw`^developed by (?:\S+ ){0,16}?(?=permission is hereby granted\b)|\bwiki creativecommons org considerations for licens(?:ors|ees)\b ?`;

const SLOTS = new RegExp(
  [OPTIONAL, ...HOLDER_SLOTS.map(({ lead, maxGap, tail }) => String.raw`\b${lead} (?:\S+ ){1,${maxGap}}?${tail}\b`)].map((p) => `(${p})`).join('|'),
  'g',
);

export function fillTemplateSlots(words: string): string {
  return words
    .replace(SLOTS, (_match: string, optional: string | undefined, ...holders: unknown[]) => {
      if (optional !== undefined) return '';
      const { writtenLead, writtenTail } = HOLDER_SLOTS[holders.findIndex((group) => group !== undefined)]!;
      return `${writtenLead} holder ${writtenTail}`;
    })
    .trimEnd();
}
