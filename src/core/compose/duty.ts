import { Inflectors } from 'en-inflectors'
import { dutyChoice } from '../lexicons/duty-choice.js'
import { readDocument, type Token } from '../text/document.js'
import { dutyPhrase } from '../vocab/voice.js'

/**
 * Choosing the duty a draft promises to help with. A job posting's
 * "responsibilities" hold more than responsibilities: a day's schedule ("Team
 * standup", "agree to top priorities for the day"), a location line, a team
 * description ("Work in a diversified team setting"), lines cut by the page's
 * wrapping ("… users of the Cosmos-SDK to"). A duty is said only when it is an
 * action with an object the person does for the company, and said whole;
 * "help {duty}" must read as English, so a duty told by its tool ("employ
 * statistical methods to build models") or by taking part ("collaborate with
 * analysts to architect pipelines") is said by its purpose.
 */

/** The longest duty a spoken sentence holds after "I will help". */
const MAX_WORDS = 16
/** Tagging after "I will " reads a capitalised imperative ("Places values…") as the verb it is. */
const LEAD = 'I will '

const FUNCTION_END = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART', 'PRON'])

function tagged(phrase: string): Token[] {
  return readDocument(`${LEAD}${phrase}`).tokens.slice(2)
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

const lowerHead = (t: string) => t.charAt(0).toLowerCase() + t.slice(1)

/** True when the text holds a cue of the list as whole words. */
function holdsCue(text: string, cues: readonly string[]): boolean {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9'&-]+/g, ' ')} `
  return cues.some((c) => lower.includes(` ${c} `))
}

/** A verb form that is not the base form: "managing", "places", "corrects". */
function inflected(t: Token): boolean {
  return t.pos === 'VERB' && t.lemma !== t.normal && /(?:ing|s)$/.test(t.normal)
}

/**
 * "Researching, designing, and prototyping new user experiences" and "Places
 * values on maps and corrects boundaries" are said in the base form: "research,
 * design, and prototype…", "place values… and correct…". Only verbs that lead
 * the duty or follow a comma, "and" or "or" change; null when a lead verb has
 * no base form wink knows ("Developinging").
 */
export function baseForms(text: string): string | null {
  const tokens = tagged(lowerHead(text))
  const head = tokens[0]
  if (!head || !inflected(head)) return text
  if (/ing$/.test(head.lemma)) return null
  let out = ''
  let at = LEAD.length
  const src = `${LEAD}${lowerHead(text)}`
  // the leading run of verbs: "Researching, designing, and prototyping …"
  let run = true
  tokens.forEach((t, i) => {
    const joiner = /^(?:,|and|or|\/)$/.test(t.normal)
    if (i > 0 && !joiner && !/(?:ing|s)$/.test(t.normal)) run = false
    if (joiner) return
    const before = tokens[i - 1]
    const adverb = before?.pos === 'ADV'
    const prev = adverb ? tokens[i - 2] : before
    const next = tokens[i + 1]
    const coordinated = i === 0 || (prev !== undefined && /^(?:,|and|or|\/)$/.test(prev.normal))
    // Past the run, "-ing" is a verb only when it leads a clause of its own: after a comma or an
    // adverb, or before a preposition ("and working across teams"); "and existing processes" stays.
    // "Places values on maps and corrects boundaries": a third-person head keeps its pattern.
    const sameForm =
      /[^s]s$/.test(head.normal) &&
      prev?.normal === 'and' &&
      /[^s]s$/.test(t.normal) &&
      next !== undefined &&
      ['DET', 'NOUN', 'ADJ'].includes(next.pos)
    const verbal =
      run ||
      sameForm ||
      (t.pos === 'VERB' && !/ing$/.test(t.normal)) ||
      (t.pos === 'VERB' &&
        prev?.normal !== ',' &&
        next !== undefined &&
        (adverb || ['ADP', 'DET', 'PRON'].includes(next.pos)))
    if (!coordinated || !verbal || !/(?:ing|s)$/.test(t.normal)) return
    const base = run || sameForm ? baseOf(t) : inflected(t) ? t.lemma : null
    if (base && base !== t.normal && !/ing$/.test(base)) {
      out += src.slice(at, t.start) + base
      at = t.end
    }
  })
  return out + src.slice(at)
}

/**
 * The base form of a verb in a lead run, even one wink tagged as a noun
 * ("building", "prototyping", "schedules"): en-inflectors' present form.
 */
function baseOf(t: Token): string | null {
  if (inflected(t)) return t.lemma
  const base = /ing$/.test(t.normal)
    ? new Inflectors(t.normal).toPresent()
    : readDocument(`it ${t.normal} them`).tokens[1]?.lemma
  return base && base !== t.normal ? base : null
}

/** True when the tokens after a verb hold a noun: the verb has its object ("lead the team"). */
function hasObject(tokens: readonly Token[]): boolean {
  return tokens.some((t) => ['NOUN', 'PROPN', 'NUM', 'PRON'].includes(t.pos))
}

/**
 * A line listing several duties ("Work in a team setting, serve as expert, and
 * lead the data efforts") as its verb phrases; one duty stays whole ("Build
 * and maintain pipelines" is one).
 */
export function verbPhrases(text: string): string[] {
  const tokens = tagged(text)
  const parts: string[] = []
  let from = 0
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]
    const prev = tokens[i - 1]
    if (!t || !prev || t.pos !== 'VERB' || t.lemma !== t.normal || t.value !== t.normal) continue
    if (!/^(?:,|and|or|;)$/.test(prev.normal)) continue
    const chunk = tokens.slice(from, i)
    if (!hasObject(chunk.slice(1))) continue
    const start = (tokens[from]?.start ?? 0) - LEAD.length
    parts.push(text.slice(start, prev.start - LEAD.length).replace(/[\s,;]+(?:and|or)?$/i, ''))
    from = i
  }
  parts.push(text.slice((tokens[from]?.start ?? LEAD.length) - LEAD.length))
  return parts.map((p) => p.trim().replace(/[\s,;]+$/, '')).filter(Boolean)
}

/** "to architect pipelines…" in "collaborate with analysts to architect pipelines…": the purpose. */
function purposeOf(text: string): string | null {
  const tokens = tagged(text)
  for (let i = 1; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]
    const before = tokens[i - 1]
    if (tokens[i]?.normal !== 'to' || !next || next.pos !== 'VERB' || next.lemma !== next.normal)
      continue
    // "necessary to arrive at": the "to" of an adjective is not a purpose
    if (!before || !['NOUN', 'PROPN', 'PRON', 'NUM'].includes(before.pos)) continue
    if (/^(?:what|how|where|when|who|which|whom)$/.test(before.normal)) continue
    return text.slice(next.start - LEAD.length)
  }
  return null
}

/**
 * Cut a phrase too long to say at a clause's edge: before "by …ing", a
 * purpose "to …", a participle after a comma, or a second verb phrase. Never
 * inside a list of nouns ("managing scope, budget, timeline"). Null when no
 * edge leaves a phrase of three words or more.
 */
export function shorten(phrase: string, max = MAX_WORDS): string | null {
  const tokens = tagged(phrase)
  const cutAt = (t: Token) => phrase.slice(0, t.start - LEAD.length).replace(/[\s,]+$/, '')
  // ", collaborating with senior engineers": a participle after the object is an aside, never said.
  for (let i = 2; i + 1 < tokens.length; i++) {
    const [before, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]]
    if (t?.normal !== ',' || !next || !before) continue
    const after = tokens[i + 2]
    const ownObject = after !== undefined && !['PUNCT', 'CCONJ'].includes(after.pos)
    if (
      next.pos === 'VERB' &&
      /ing$/.test(next.normal) &&
      ownObject &&
      ['NOUN', 'PROPN'].includes(before.pos)
    ) {
      const head = cutAt(t)
      if (wordsIn(head) >= 3 && complete(head)) return shorten(head, max)
    }
  }
  if (wordsIn(phrase) <= max) return phrase
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]
    const next = tokens[i + 1]
    const before = tokens[i - 1]
    if (!t || !next || !before) continue
    // a verb that starts a new phrase has words of its own after it, not a comma ("design, build, …")
    const then = tokens[i + 2]
    const newVerb =
      next.pos === 'VERB' &&
      next.lemma === next.normal &&
      then !== undefined &&
      !['PUNCT', 'CCONJ'].includes(then.pos)
    const edge =
      (t.normal === 'by' && /ing$/.test(next.normal) && next.pos === 'VERB') ||
      (t.normal === 'to' && next.pos === 'VERB' && next.lemma === next.normal) ||
      (/^(?:while|whilst|through)$/.test(t.normal) && next.pos === 'VERB') ||
      // a comma ends an object before a new verb, never a list of "-ing" nouns ("deploying, monitoring")
      (t.normal === ',' &&
        newVerb &&
        ['NOUN', 'PROPN', 'NUM'].includes(before.pos) &&
        !/ing$/.test(before.normal)) ||
      (t.normal === 'and' && newVerb && hasObject(tokens.slice(1, i)))
    if (!edge) continue
    const head = cutAt(t)
    const n = wordsIn(head)
    // the first edge that leaves a whole phrase: a shorter duty reads better after "help"
    if (n >= 3 && n <= max && complete(head)) return head
  }
  // No clause edge: drop the last prepositional phrases that do not fit ("… for the web, desktop, and
  // mobile platforms"), never an "of" that holds its noun.
  for (let i = tokens.length - 1; i > 2; i--) {
    const t = tokens[i]
    const before = tokens[i - 1]
    if (t?.pos !== 'ADP' || t.normal === 'of' || !before || !['NOUN', 'PROPN'].includes(before.pos))
      continue
    // "…, and figure" or "… and Cosmos": a cut after a conjunction may leave half a pair
    if (tokens[i - 2]?.pos === 'CCONJ' || tokens[i - 2]?.type === 'punctuation') continue
    const head = cutAt(t)
    const n = wordsIn(head)
    if (n >= 4 && n <= max && complete(head)) return head
  }
  return null
}

/** True when a verb phrase ends where a clause can end: not on "to", "and", "their" or a comma. */
function complete(phrase: string): boolean {
  const tokens = tagged(phrase)
  const last = tokens.at(-1)
  if (!last || last.type === 'punctuation') return false
  return !FUNCTION_END.has(last.pos) || /^(?:it|them|me|others)$/.test(last.normal)
}

/** True when a verb phrase has its object and ends where a clause can end ("help small firms get paid"). */
export function wholePhrase(phrase: string): boolean {
  return wordsIn(phrase) >= 2 && complete(phrase) && hasObject(tagged(phrase).slice(1))
}

/** True when the head reads as a noun naming an event or a thing: "Team standup", "Check-in on…". */
function nounHead(tokens: readonly Token[]): boolean {
  const head = tokens[0]
  if (!head) return true
  if (/^[a-z]+-(?:in|up|out|off|on|over)$/i.test(head.value)) return true
  if (tokens[1]?.normal === '-' && /^(?:in|up|out|off|on|over)$/.test(tokens[2]?.normal ?? ''))
    return true
  // "Design and creation of schemas": a verb joined to a noun is a noun phrase.
  if (
    tokens[1]?.normal === 'and' &&
    tokens[2]?.pos === 'NOUN' &&
    /(?:ion|ment)$/.test(tokens[2].normal)
  )
    return true
  // Two words headed by a noun ("team standup", "machine learning"): a heading, not a task.
  if (tokens.length <= 2) return readDocument(`the ${head.normal}`).tokens[1]?.pos === 'NOUN'
  return false
}

/** True when a part is read and known not to be a duty: taking part, a tool alone, a schedule or place. */
function notADuty(part: string): boolean {
  const cues = dutyChoice()
  const head = (part.split(/\s+/)[0] ?? '').toLowerCase().split('/')[0] ?? ''
  return (
    cues.weakVerbs.includes(head) ||
    cues.instrumentVerbs.includes(head) ||
    holdsCue(part, cues.notDuty)
  )
}

/** One verb phrase as a duty the person can promise to help with, or null. */
function sayPart(part: string, depth = 0): string | null {
  const cues = dutyChoice()
  if (holdsCue(part, cues.notDuty)) return null
  if (/\S@\S|https?:|www\.|\b[\w-]+\.(?:com|co|io|org|edu|net)\b/i.test(part)) return null
  const head = (part.split(/\s+/)[0] ?? '').toLowerCase().split('/')[0] ?? ''
  if (cues.weakVerbs.includes(head) || cues.instrumentVerbs.includes(head)) {
    // "Contribute to written designs": said "help with written designs".
    if (head === 'contribute' && /^contribute to /i.test(part))
      return sayPart(`help with ${part.replace(/^contribute to /i, '')}`, depth + 1)
    const purpose = depth === 0 ? purposeOf(part) : null
    const said = purpose ? sayPart(purpose, depth + 1) : null
    // "improve usability by incorporating their feedback": said alone, "their" has lost its users
    return said && !/\b(?:them|it|they|their)\b/i.test(said) ? said : null
  }
  const phrase = dutyPhrase(part.replace(/^assist\b/i, 'help'), 60)
  if (!phrase) return null
  const said = shorten(phrase)
  if (!said || !complete(said)) return null
  const tokens = tagged(said)
  if (nounHead(tokens)) return null
  // The posting's "you" is the listener in the draft: "an alert you designed" cannot be said.
  if (/\byou\b/i.test(said) || /\bmyself\b/i.test(said)) return null
  return said
}

/**
 * A duty from a job posting as a verb phrase a draft can say after "I will
 * help", or null when the line is not a responsibility or cannot be said
 * whole. A duty opening with "help" keeps it (`helpResp` drops it in "help
 * {duty}").
 *
 * @example
 * sayableDuty('Employ statistical methods to build and improve models') // 'build and improve models'
 * sayableDuty('Check-in on the current project and agree to top priorities for the day') // null
 */
export function sayableDuty(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim()
  // A line starting in lower case or with "and" carries on a line the page wrapped; "…" trails off.
  if (!text || /^[a-z]/.test(text) || /^(?:and|or|but)\b/i.test(text)) return null
  if (/(?:\.\.\.|…)\s*$/.test(text)) return null
  // "Storage solutions: Percona, Redshift": a labelled line is a fact about the job, not a duty.
  if (/^[\p{L}\s&/-]{1,40}:\s/u.test(text)) return null
  // A second sentence is another thought: the duty is the first.
  const first =
    (text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? text).split(/\s*—\s*|\s+[-–]\s+/)[0] ?? text
  const base = baseForms(first.replace(/[.;:!]+$/, ''))
  if (!base) return null
  const whole = sayPart(base)
  if (whole) return whole
  // A later part is said only after the ones before it were read and left out as not duties
  // ("Work in a team setting, …, and lead the data efforts"); one said alone loses what "them" meant.
  for (const part of verbPhrases(base)) {
    const said = sayPart(part)
    if (said && !/\b(?:them|it|they|their|this|these)\b/i.test(said)) return said
    if (!notADuty(part)) return null
  }
  return null
}

/** The duties of a posting a draft can say, in the order given, each once. */
export function sayableDuties(lines: readonly string[]): string[] {
  return [...new Set(lines.map(sayableDuty).filter((d): d is string => d !== null))]
}

/** "help {duty}" without "help" twice: "help a product team decide…" is said "help a product team decide…". */
export function helpResp(duty: string): string {
  const help = dutyChoice().helpVerbs.join('|')
  return duty.replace(new RegExp(`^(?:${help})\\s+`, 'i'), '')
}
