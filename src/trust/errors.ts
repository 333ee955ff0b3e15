/**
 * trust/'s own error for bad input. trust/ knows no input names: a caller may hand it a certificate
 * bundle from `trust-roots`, a trust store file or a rules file alike. So a message is worded around
 * the parts at fault (the certificates, the key, the chain, the policy …): `message` calls them in plain
 * words, and inputs/ asks for the same wording with its input names (`messageFor`). One wording, kept
 * where the check is.
 */
import { EXIT, SignetError } from '../util/errors.js'

/** What each part at fault is called in a message. */
export type PartNames<Part extends string> = Readonly<Record<Part, string>>

export class TrustInputError<Part extends string = string> extends SignetError {
  readonly code = 'TRUST_INPUT'
  readonly exitCode = EXIT.BAD_INPUT

  constructor(
    /** The part to fix (the one an input error is about). */
    readonly part: Part,
    private readonly wording: (names: PartNames<Part>) => string,
    plainNames: PartNames<Part>
  ) {
    super(wording(plainNames))
  }

  /** The message with each part called by `names`, e.g. the inputs that gave them. */
  messageFor(names: PartNames<Part>): string {
    return this.wording(names)
  }
}
