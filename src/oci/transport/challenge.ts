/**
 * `WWW-Authenticate` challenges (RFC 9110), as registries send them with a 401: which scheme (Basic,
 * Bearer) and, for Bearer, the token realm, service and scope.
 */
export interface Challenge {
  scheme: string
  params: Record<string, string>
}

const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]+/y
const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*/y
const SPACE = /[ \t]*/y
// Lenient: some registries leave URLs unquoted, and ':' or '/' are not token characters.
const UNQUOTED_VALUE = /[^\s,"]+/y

/**
 * Parses a `WWW-Authenticate` header (RFC 9110): several challenges separated by commas, each a scheme
 * then either a token68 or `name=value` parameters whose values may be quoted and hold commas.
 * The scheme is lowercased, as are parameter names.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = []
  let position = 0

  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = position
    const found = pattern.exec(header)
    if (!found || found[0] === '') return undefined
    position = pattern.lastIndex
    return found[0]
  }
  const skipSpace = () => match(SPACE)
  const skipSeparators = () => {
    while (position < header.length && /[ \t,]/.test(header[position])) position++
  }
  const quoted = (): string => {
    let value = ''
    position++ // opening quote
    while (position < header.length && header[position] !== '"') {
      if (header[position] === '\\' && position + 1 < header.length) position++
      value += header[position++]
    }
    position++ // closing quote
    return value
  }
  /** A `name=value` parameter at the position, or undefined (position unchanged) when there is none. */
  const parameter = (): [string, string] | undefined => {
    const start = position
    const name = match(TOKEN)
    skipSpace()
    if (name === undefined || header[position] !== '=') {
      position = start
      return undefined
    }
    position++
    skipSpace()
    if (header[position] === '"') return [name.toLowerCase(), quoted()]
    const value = match(UNQUOTED_VALUE)
    // `abc==` is a token68 with padding, not a parameter with an empty value.
    if (value === undefined || value.startsWith('=')) {
      position = start
      return undefined
    }
    return [name.toLowerCase(), value]
  }
  const parameterAhead = (): boolean => {
    const start = position
    const found = parameter() !== undefined
    position = start
    return found
  }

  skipSeparators()
  while (position < header.length) {
    const scheme = match(TOKEN)
    if (scheme === undefined) break
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} }
    challenges.push(challenge)
    skipSpace()
    const start = position
    const token68 = parameterAhead() ? undefined : match(TOKEN68)
    if (token68 !== undefined && /^[ \t]*(,|$)/.test(header.slice(position)))
      challenge.params.token68 = token68
    else position = start
    // Parameters follow, separated by commas, until a token that is not `name=` starts the next challenge.
    for (;;) {
      skipSeparators()
      const param = parameter()
      if (!param) break
      challenge.params[param[0]] = param[1]
    }
  }
  return challenges
}
