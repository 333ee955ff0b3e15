/**
 * A property of the Dockerfile gate: whatever whitespace, line continuations, comments, keyword case,
 * escape directive and ARG form a Dockerfile uses, the gate reports every image its tokenisation says
 * the build pulls. Generated builds are written plainly (the reading the tokeniser gives is the model),
 * then rewritten the ways BuildKit reads alike; the gate's images must never shrink below the model's.
 */
import fc from 'fast-check'
import { baseImagesOf } from '../../src/gate/dockerfile.js'

interface Build {
  /** Global ARGs naming FROM images, written on one ARG line or several. */
  args: { name: string; image: string; quote: '' | '"' | "'" }[]
  stages: { image: string; viaArg?: string; braces: boolean; name?: string; pulls: Pull[] }[]
}
type Pull = { kind: 'COPY --from' | 'RUN --mount'; image: string }

const image = fc
  .tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.integer({ min: 0, max: 9 }))
  .map(([name, tag]) => `r.example/${name}:${tag}`)
const pull: fc.Arbitrary<Pull> = fc.record({ kind: fc.constantFrom('COPY --from', 'RUN --mount'), image })
const build: fc.Arbitrary<Build> = fc
  .record({
    args: fc.uniqueArray(
      fc.record({ name: fc.stringMatching(/^[A-Z]{1,4}$/), image, quote: fc.constantFrom('', '"', "'") }),
      {
        selector: arg => arg.name,
        maxLength: 3
      }
    ),
    stages: fc.array(
      fc.record({
        image,
        useArg: fc.nat(),
        braces: fc.boolean(),
        name: fc.option(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), { nil: undefined }),
        pulls: fc.array(pull, { maxLength: 3 })
      }),
      { minLength: 1, maxLength: 3 }
    )
  })
  .map(({ args, stages }) => ({
    args,
    stages: stages.map(({ useArg, ...stage }) => {
      const arg = args.length > 0 && useArg % 2 === 0 ? args[useArg % args.length] : undefined
      return arg ? { ...stage, image: arg.image, viaArg: arg.name } : stage
    })
  }))

/** The images the build pulls, in order: what the plain reading says. */
function modelOf(model: Build): string[] {
  return model.stages.flatMap(stage => [stage.image, ...stage.pulls.map(pull => pull.image)])
}

/** How a rewritten file spells what BuildKit reads alike. */
interface Spelling {
  escape: '\\' | '`'
  crlf: boolean
  bom: boolean
  argsOnOneLine: boolean
  /** Indexes into the pools below, used in turn. */
  separators: number[]
  indents: number[]
  cases: number[]
  /** Where to continue a line (a fraction of its length), with what in between. */
  splits: { at: number; filler: number }[]
  comments: number[]
}
const KEYWORD_SEPARATORS = [' ', '\t', '\v', '\f', '\r', ' \t ']
const INDENTS = ['', ' ', '\t', '\u00a0', '\u2003', '\u3000', '\u0085', '\u1680', '\u2028', '\v\f']
const FILLERS = ['', '# a comment\n', '   # an indented comment\n', '\n', '  \t\n']
const spelling: fc.Arbitrary<Spelling> = fc.record({
  escape: fc.constantFrom('\\' as const, '`' as const),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  argsOnOneLine: fc.boolean(),
  separators: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  indents: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  cases: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  splits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), filler: fc.nat() }), {
    maxLength: 8
  }),
  comments: fc.array(fc.nat(), { maxLength: 8 })
})

/** Writes the build's instructions; `plain` uses one space, upper case and no continuation. */
function write(model: Build, how: Spelling | undefined): string {
  let turn = 0
  const pick = <T>(pool: T[], choices: number[] | undefined, plain: T): T =>
    choices === undefined || choices.length === 0
      ? plain
      : pool[choices[turn++ % choices.length] % pool.length]
  const keyword = (word: string): string =>
    pick([word, word.toLowerCase(), word[0] + word.slice(1).toLowerCase()], how?.cases, word)
  const instructions: string[][] = []
  const argWords = model.args.map(arg => `${arg.name}=${arg.quote}${arg.image}${arg.quote}`)
  if (argWords.length > 0) {
    if (how?.argsOnOneLine) instructions.push([keyword('ARG'), 'UNUSED=1', ...argWords])
    else for (const word of argWords) instructions.push([keyword('ARG'), word])
  }
  for (const stage of model.stages) {
    const reference =
      stage.viaArg === undefined ? stage.image : stage.braces ? `\${${stage.viaArg}}` : `$${stage.viaArg}`
    instructions.push([keyword('FROM'), reference, ...(stage.name ? [keyword('AS'), `s${stage.name}`] : [])])
    for (const item of stage.pulls) {
      instructions.push(
        item.kind === 'COPY --from'
          ? [keyword('COPY'), `--from=${item.image}`, '/a', '/b']
          : [keyword('RUN'), `--mount=type=bind,from=${item.image},target=/m`, 'make']
      )
    }
  }
  const escape = how?.escape ?? '\\'
  const lines = instructions.flatMap(words => {
    const text = words
      .map((word, i) => (i === 0 ? word : pick(KEYWORD_SEPARATORS, how?.separators, ' ') + word))
      .join('')
    const between = pick(['', '# between', ' ', '\u00a0'], how?.comments, '')
    return [
      ...(between === '' ? [] : [between]),
      pick(INDENTS, how?.indents, '') + continued(text, escape, how)
    ]
  })
  const newline = how?.crlf ? '\r\n' : '\n'
  const directive = escape === '`' ? ['# escape=`'] : []
  return (how?.bom ? '\uFEFF' : '') + [...directive, ...lines].join('\n').split('\n').join(newline) + newline
}

/**
 * The line continued at some points: the escape token ends a physical line, comment and blank lines may
 * follow, and the next physical line carries on where the text left off (never after an escape token,
 * never before only whitespace, which BuildKit would read as an empty continuation line).
 */
function continued(text: string, escape: string, how: Spelling | undefined): string {
  if (how === undefined) return text
  const cuts = new Set<number>()
  for (const split of how.splits) {
    const at = 1 + Math.floor(split.at * (text.length - 1))
    if (at < text.length && text.slice(at).trim() !== '') cuts.add(at)
  }
  let out = ''
  let from = 0
  for (const [index, at] of [...cuts].sort((a, b) => a - b).entries()) {
    out +=
      text.slice(from, at) +
      escape +
      '\n' +
      FILLERS[how.splits[index % how.splits.length].filler % FILLERS.length]
    from = at
  }
  return out + text.slice(from)
}

test('the gate reports every image the plain reading pulls, however the file is spelled', () => {
  fc.assert(
    fc.property(build, spelling, (model, how) => {
      const plain = baseImagesOf(write(model, undefined), 'Dockerfile').map(
        use => `${use.instruction} ${use.image}`
      )
      expect(plain.map(use => use.split(' ').at(-1))).toEqual(modelOf(model))
      const spelled = baseImagesOf(write(model, how), 'Dockerfile').map(
        use => `${use.instruction} ${use.image}`
      )
      expect(spelled).toEqual(plain)
    }),
    { numRuns: 300 }
  )
})

test('any text: images, an InputError or an UnreadableDockerfileError, never a crash', () => {
  const pieces = fc.constantFrom(
    'FROM ',
    'COPY ',
    'RUN ',
    'ARG ',
    'ONBUILD ',
    '--from=',
    '--mount=',
    'type=bind,from=',
    'r.example/a:1',
    '$A',
    '${A:-x}',
    '"',
    "'",
    '\\',
    '`',
    '<<EOF',
    'EOF',
    '# escape=`',
    '\n',
    '\r\n',
    ' ',
    '\t',
    '\v',
    '\u00a0',
    '\uFFFD',
    '='
  )
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.array(pieces).map(parts => parts.join(''))
      ),
      text => {
        try {
          for (const use of baseImagesOf(text, 'Dockerfile')) expect(use.image).not.toBe('')
        } catch (error) {
          expect(error).toBeInstanceOf(Error)
          expect(['InputError', 'UnreadableDockerfileError']).toContain((error as Error).name)
        }
      }
    ),
    { numRuns: 800 }
  )
})
