import type { Rule } from '../rule.js'
import { commitment } from './commitment.js'
import { companyFit } from './company-fit.js'
import { companyVoice } from './company-voice.js'
import { fillers } from './fillers.js'
import { hedging } from './hedging.js'
import { horizon } from './horizon.js'
import { length } from './length.js'
import { negativity } from './negativity.js'
import { offRole } from './off-role.js'
import { overAmbition } from './over-ambition.js'
import { placeholders } from './placeholders.js'
import { salaryTitle } from './salary-title.js'
import {
  contribution,
  enthusiasm,
  learning,
  preparation,
  switchReason,
  transferable,
} from './signals.js'
import { specifics } from './specifics.js'
import { structure } from './structure.js'
import { unambitious } from './unambitious.js'
import { vague } from './vague.js'

/** The registry: every rule headway runs, in report order. */
export const rules: readonly Rule[] = [
  specifics,
  vague,
  placeholders,
  companyVoice,
  horizon,
  companyFit,
  contribution,
  learning,
  salaryTitle,
  overAmbition,
  unambitious,
  offRole,
  negativity,
  commitment,
  hedging,
  fillers,
  enthusiasm,
  length,
  structure,
  switchReason,
  transferable,
  preparation,
]
