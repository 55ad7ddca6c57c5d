/**
 * Follow-up questions an interviewer might ask, drawn from what the person
 * said: each pattern finds a claim and turns it into a question about it.
 */
interface Pattern {
  re: RegExp
  ask: (m: RegExpExecArray) => string
}

const clean = (s: string) =>
  s
    .trim()
    .replace(/[.,;:!?]+$/, '')
    .replace(/\s+/g, ' ')

// Created per call (no shared stateful RegExp at module scope).
const patterns = (): Pattern[] => [
  {
    re: /\b(?:lead|leading|manage|managing|run|running)\s+((?:a|the|my|our)?\s*[\w -]{0,30}?\s?team)\b/gi,
    ask: (m) =>
      `You mentioned leading ${clean(m[1] ?? 'a team')}: how will you get there, and what will you learn first?`,
  },
  {
    re: /\b(?:become|becoming|be promoted to|grow into|move into)\s+(?:a|an|the)?\s*([a-z][\w -]{2,40}?)(?=[,.;]| by| within| in | and|$)/gi,
    ask: (m) =>
      `You want to become ${clean(m[1] ?? '')}: what is the first step you are taking toward it?`,
  },
  {
    re: /\b(?:learn|learning|master|mastering|get better at|improve my|build my)\s+([\w +#-]{2,40}?)(?=[,.;]| so| to | and| right now| now| today|$)/gi,
    ask: (m) =>
      `How are you building ${clean(m[1] ?? 'that skill')} today, and how will you know you have?`,
  },
  {
    re: /\b(?:within|in|by)\s+((?:the next\s+)?(?:\d+|one|two|three|four|five|ten)\s+years?|20\d\d)\b/gi,
    ask: (m) => `What would need to happen for that to be true ${clean(m[0] ?? '').toLowerCase()}?`,
  },
  {
    re: /\b(?:certification|certificate|course|degree|bootcamp)\b/gi,
    ask: () =>
      'Tell me about the course or certification you mentioned: what did you apply from it?',
  },
  {
    re: /\b(?:your|the company's)\s+(mission|values?|product|customers?)\b/gi,
    ask: (m) => `What about our ${clean(m[1] ?? 'mission')} made you mention it?`,
  },
]

/** Up to `max` distinct follow-up questions for a transcript, in the order they arise. */
export function followUps(transcript: string, max = 4): string[] {
  const found: { at: number; q: string }[] = []
  for (const p of patterns()) {
    const m = p.re.exec(transcript)
    if (m) found.push({ at: m.index, q: p.ask(m) })
  }
  const seen = new Set<string>()
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.q)
    .filter((q) => {
      if (seen.has(q)) return false
      seen.add(q)
      return true
    })
    .slice(0, max)
}
