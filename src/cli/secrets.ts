/**
 * Secrets on the command line are visible to every user of the machine (`ps`) and stay in shell
 * history. So each secret input is also read from the environment (`SIGNET_PASSWORD`,
 * `SIGNET_SIGNING_KEY`, …: `secretEnvName`), the registry password from stdin with `--password-stdin`
 * (as `docker login`), and a secret given as a flag gets a warning.
 */
import { namesExistingFile } from '../inputs/content-or-path.js'
import { Inputs, SECRET_INPUTS, secretEnvName } from '../inputs/contract.js'
import { InputError } from '../util/errors.js'
import { isOn } from './argv.js'
import type { ParsedFlags } from './command.js'

export interface SecretSources {
  env: NodeJS.ProcessEnv
  /** All of stdin, for `--password-stdin`. */
  readStdin: () => Promise<string>
  warn: (message: string) => void
}

/**
 * Fills the secret inputs `accepted` by the command that no flag gave, from the environment or stdin,
 * into `flags.values`. A flag wins over the environment, which is ambient; stdin must not meet a flag.
 */
export async function resolveSecrets(
  flags: ParsedFlags,
  accepted: readonly string[],
  sources: SecretSources
): Promise<void> {
  const passwordFlag = flags.values.has(Inputs.Password)
  for (const name of SECRET_INPUTS) {
    if (!accepted.includes(name)) continue
    const envName = secretEnvName(name)
    const given = flags.values.get(name)
    if (given !== undefined) {
      if (!given.every(namesSecretElsewhere)) {
        const alternatives = name === Inputs.Password ? `${envName} or --password-stdin` : envName
        sources.warn(
          `--${name} on the command line is visible to other users (ps) and kept in shell history: use ${alternatives}.`
        )
      }
      continue
    }
    const fromEnv = sources.env[envName]
    if (fromEnv !== undefined && fromEnv !== '') flags.values.set(name, [fromEnv])
  }
  if (isOn(flags, 'password-stdin')) {
    if (passwordFlag) {
      throw new InputError(
        'password-stdin',
        "Flags '--password' and '--password-stdin' exclude each other: give the password one way."
      )
    }
    const password = (await sources.readStdin()).replace(/\r?\n$/, '')
    if (password === '') {
      throw new InputError(
        'password-stdin',
        "Flag '--password-stdin' read an empty password: pipe it in, e.g. 'echo \"$TOKEN\" | signet … --password-stdin'."
      )
    }
    flags.values.set(Inputs.Password, [password])
  }
}

/**
 * A path (`--signing-key key.pem`) or a PKCS#11 URI whose PIN comes from elsewhere (`pin-source`) names
 * the secret without holding it: no warning. Key content, a password or `pin-value=` hold it.
 */
function namesSecretElsewhere(value: string): boolean {
  if (/^pkcs11:/i.test(value)) return !/[;?&]pin-value=/i.test(value)
  return namesExistingFile(value, 'pem')
}
