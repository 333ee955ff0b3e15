export const id = 7765;
export const ids = [7765];
export const modules = {

/***/ 77765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baseImagesOf: () => (/* binding */ baseImagesOf)
});

// UNUSED EXPORTS: UnreadableDockerfileError

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/gate/go-text.ts
/**
 * Go's text primitives, as BuildKit (written in Go) applies them to a Dockerfile. JavaScript's own
 * differ where it matters to a gate: `\s` and `trim()` also take U+FEFF and miss nothing Go takes, but
 * `toLowerCase()` maps U+0130 to two characters and `.` misses U+2028; so the tokeniser uses these.
 */
/** Go's unicode.IsSpace: Latin-1 spaces (U+0085 and U+00A0 included) and Unicode's White_Space. */
function isGoSpace(ch) {
    switch (ch) {
        case '\t':
        case '\n':
        case '\v':
        case '\f':
        case '\r':
        case ' ':
        case '\u0085':
        case '\u00a0':
        case '\u1680':
        case '\u2028':
        case '\u2029':
        case '\u202f':
        case '\u205f':
        case '\u3000':
            return true;
        default:
            return ch >= '\u2000' && ch <= '\u200a' && ch.length === 1;
    }
}
/** Go's unicode.IsSpace of one byte read as a rune (BuildKit's byte-wise loops): ASCII spaces, 0x85, 0xA0. */
function isGoSpaceByte(byte) {
    return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0x85 || byte === 0xa0;
}
/** Go's unicode.IsLetter. */
function isGoLetter(ch) {
    return /^\p{L}$/u.test(ch);
}
/** Go's unicode.IsDigit (decimal digits of any script). */
function isGoDigit(ch) {
    return /^\p{Nd}$/u.test(ch);
}
/** strings.TrimLeftFunc(s, unicode.IsSpace). */
function trimLeftGoSpace(text) {
    let start = 0;
    for (const ch of text) {
        if (!isGoSpace(ch))
            break;
        start += ch.length;
    }
    return text.slice(start);
}
/** strings.TrimSpace. */
function trimGoSpace(text) {
    const left = trimLeftGoSpace(text);
    const chars = Array.from(left);
    let end = chars.length;
    while (end > 0 && isGoSpace(chars[end - 1]))
        end--;
    return chars.slice(0, end).join('');
}
/**
 * strings.ToLower: rune by rune with Unicode's simple mapping, so U+0130 becomes 'i' and U+212A 'k'
 * (a keyword such as 'ONBUİLD' is ONBUILD to BuildKit); no context rules such as a final sigma.
 */
function goToLower(text) {
    let lower = '';
    for (const ch of text)
        lower += ch === '\u0130' ? 'i' : ch.toLowerCase();
    return lower;
}
/** Runes that Go's simple case folding makes equal to an ASCII letter (strings.EqualFold). */
const FOLDS = { '\u017f': 's', '\u212a': 'k' };
/** strings.EqualFold against an ASCII word, e.g. a FROM's 'AS' (which 'aſ', with a long s, also spells). */
function equalFoldAscii(text, ascii) {
    const chars = Array.from(text);
    const fold = (ch) => FOLDS[ch] ?? (/^[A-Za-z]$/.test(ch) ? ch.toLowerCase() : ch);
    return chars.length === ascii.length && chars.every((ch, i) => fold(ch) === fold(ascii[i]));
}
/** BuildKit's reWhitespace, `[\t\v\f\r ]+`: the only separators between a keyword and its arguments. */
const INSTRUCTION_SPACE = /[\t\v\f\r ]+/g;
/** Go's regexp.Split(text, n) with INSTRUCTION_SPACE: at most n parts (all when n < 0). */
function splitInstructionSpace(text, n) {
    if (text === '')
        return [''];
    const matches = [...text.matchAll(INSTRUCTION_SPACE)].slice(0, n > 0 ? n : undefined);
    const parts = [];
    let begin = 0;
    let end = 0;
    for (const match of matches) {
        if (n > 0 && parts.length === n - 1)
            break;
        end = match.index;
        if (match.index + match[0].length !== 0)
            parts.push(text.slice(begin, end));
        begin = match.index + match[0].length;
    }
    if (end !== text.length)
        parts.push(text.slice(begin));
    return parts;
}

;// CONCATENATED MODULE: ./src/gate/buildkit-shell.ts
/**
 * BuildKit's shell lexer (frontend/dockerfile/shell/lex.go), ported rule for rule: quotes, the escape
 * token, `$NAME`, `${NAME}` and its modifiers (`:-` `-` `:+` `+` `:?` `?` `#` `##` `%` `%%` `/` `//`),
 * `<<` kept whole for heredocs, and word splitting. BuildKit runs it on FROM images and ARG defaults
 * (what a build pulls) and on an instruction line to find its heredocs (which lines are no
 * instructions), so the gate must reach BuildKit's result exactly, its quirks included: a nested
 * `${…}` empties the word being built (one words buffer is shared), and a leading U+FEFF is dropped
 * (Go's text/scanner skips it).
 */

/** A syntax error BuildKit's lexer reports (an unterminated quote, a bad substitution). */
class ShellSyntaxError extends Error {
}
/** ProcessWord / ProcessWords with `env` (name → value; a missing name is unset). Throws ShellSyntaxError. */
function processWord(word, env, options) {
    const lexer = new ShellWord(word, env, options);
    const { result, words } = lexer.processStopOn(undefined, options.rawEscapes ?? false);
    return { result, words, matched: lexer.matched, unsetUsed: lexer.unsetUsed };
}
/** Go's text/scanner over a string: runes, undefined at the end, a U+FEFF at the very start skipped. */
class RuneScanner {
    runes;
    position = 0;
    constructor(text) {
        this.runes = Array.from(text);
        if (this.runes[0] === '\uFEFF')
            this.position = 1;
    }
    peek() {
        return this.runes[this.position];
    }
    next() {
        const ch = this.runes[this.position];
        if (ch !== undefined)
            this.position++;
        return ch;
    }
}
/** The words being built; `buffer` is shared by every nested processStopOn, as BuildKit's is. */
class Words {
    buffer;
    words = [];
    inWord = false;
    constructor(buffer) {
        this.buffer = buffer;
    }
    addChar(ch) {
        if (isGoSpace(ch) && this.inWord) {
            if (this.buffer.text.length !== 0) {
                this.words.push(this.buffer.text);
                this.buffer.text = '';
                this.inWord = false;
            }
        }
        else if (!isGoSpace(ch)) {
            this.addRawChar(ch);
        }
    }
    addRawChar(ch) {
        this.buffer.text += ch;
        this.inWord = true;
    }
    addString(text) {
        for (const ch of text)
            this.addChar(ch);
    }
    addRawString(text) {
        this.buffer.text += text;
        this.inWord = true;
    }
    getWords() {
        if (this.buffer.text.length > 0) {
            this.words.push(this.buffer.text);
            this.buffer.text = '';
            this.inWord = false;
        }
        return this.words;
    }
}
const SPECIAL_PARAMETERS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
class ShellWord {
    env;
    options;
    matched = new Set();
    unsetUsed = new Set();
    scanner;
    wordsBuffer = { text: '' };
    rawEscapes;
    constructor(word, env, options) {
        this.env = env;
        this.options = options;
        this.scanner = new RuneScanner(word);
        this.rawEscapes = options.rawEscapes ?? false;
    }
    processStopOn(stopChar, rawEscapes) {
        let result = '';
        this.wordsBuffer.text = '';
        const words = new Words(this.wordsBuffer);
        const restore = rawEscapes !== this.rawEscapes;
        if (restore)
            this.rawEscapes = rawEscapes;
        try {
            for (let ch = this.scanner.peek(); ch !== undefined; ch = this.scanner.peek()) {
                if (stopChar !== undefined && ch === stopChar) {
                    this.scanner.next();
                    return { result, words: words.getWords() };
                }
                const special = this.special(ch);
                if (special !== undefined) {
                    const text = special();
                    result += text;
                    if (ch === '$')
                        words.addString(text);
                    else
                        words.addRawString(text);
                    continue;
                }
                let next = this.scanner.next();
                if (next === this.options.escapeToken) {
                    if (this.rawEscapes) {
                        words.addRawChar(next);
                        result += next;
                    }
                    const escaped = this.scanner.next();
                    if (escaped === undefined)
                        break;
                    next = escaped;
                    words.addRawChar(next);
                }
                else {
                    words.addChar(next);
                }
                result += next;
            }
            if (stopChar !== undefined) {
                throw new ShellSyntaxError(`unexpected end of statement while looking for matching ${stopChar}`);
            }
            return { result, words: words.getWords() };
        }
        finally {
            // BuildKit's deferred restore sets the opposite of the requested mode, which is the previous one.
            if (restore)
                this.rawEscapes = !rawEscapes;
        }
    }
    special(ch) {
        if (ch === '$')
            return () => this.processDollar();
        if (ch === '<')
            return () => this.processPossibleHeredoc();
        if (ch === "'")
            return () => this.processSingleQuote();
        if (ch === '"')
            return () => this.processDoubleQuote();
        return undefined;
    }
    processSingleQuote() {
        let result = '';
        const open = this.scanner.next();
        if (this.options.rawQuotes)
            result += open;
        for (;;) {
            const ch = this.scanner.next();
            if (ch === undefined) {
                throw new ShellSyntaxError('unexpected end of statement while looking for matching single-quote');
            }
            if (ch === "'") {
                if (this.options.rawQuotes)
                    result += ch;
                return result;
            }
            result += ch;
        }
    }
    processDoubleQuote() {
        let result = '';
        const open = this.scanner.next();
        if (this.options.rawQuotes)
            result += open;
        for (;;) {
            const peeked = this.scanner.peek();
            if (peeked === undefined) {
                throw new ShellSyntaxError('unexpected end of statement while looking for matching double-quote');
            }
            if (peeked === '"') {
                this.scanner.next();
                if (this.options.rawQuotes)
                    result += peeked;
                return result;
            }
            if (peeked === '$') {
                result += this.processDollar();
                continue;
            }
            let ch = this.scanner.next();
            if (ch === this.options.escapeToken) {
                if (this.rawEscapes)
                    result += ch;
                const escaped = this.scanner.peek();
                if (escaped === undefined)
                    continue; // an escape at the end: the loop then reports the open quote
                if (escaped === '"' || escaped === '$' || escaped === this.options.escapeToken) {
                    ch = this.scanner.next();
                }
            }
            result += ch;
        }
    }
    processDollar() {
        this.scanner.next();
        if (this.scanner.peek() !== '{') {
            const name = this.processName();
            if (name === '')
                return '$';
            const value = this.lookUp(name);
            if (value === undefined) {
                if (this.options.skipUnsetEnv)
                    return '$' + name;
                this.unsetUsed.add(name);
            }
            return value ?? '';
        }
        this.scanner.next();
        const first = this.scanner.peek();
        if (first === undefined)
            throw new ShellSyntaxError("syntax error: missing '}'");
        if (first === '{' || first === '}' || first === ':')
            throw new ShellSyntaxError('syntax error: bad substitution');
        const name = this.processName();
        // Go's string(rune(-1)) at the end of input.
        let ch = this.scanner.next() ?? '\uFFFD';
        let modifier = ch;
        if (ch === '}') {
            const value = this.lookUp(name);
            if (value === undefined) {
                if (this.options.skipUnsetEnv)
                    return `\${${name}}`;
                this.unsetUsed.add(name);
            }
            return value ?? '';
        }
        if (ch === '/')
            return this.substitute(name);
        let nullIsUnset = false;
        if (ch === ':') {
            nullIsUnset = true;
            ch = this.scanner.next() ?? '\uFFFD';
            modifier += ch;
        }
        else if (!['+', '-', '?', '#', '%'].includes(ch)) {
            throw new ShellSyntaxError(`unsupported modifier (${modifier}) in substitution`);
        }
        const trims = ch === '#' || ch === '%';
        if (nullIsUnset && trims)
            throw new ShellSyntaxError(`unsupported modifier (${modifier}) in substitution`);
        let word = this.wordUpTo('}', trims, "syntax error: missing '}'");
        const value = this.lookUp(name);
        if (this.options.skipUnsetEnv && value === undefined)
            return `\${${name}${modifier}${word}}`;
        const empty = value === undefined || (nullIsUnset && value === '');
        switch (ch) {
            case '-':
                return empty ? word : value;
            case '+':
                return empty ? '' : word;
            case '?':
                if (value === undefined)
                    throw new ShellSyntaxError(`${name}: ${word || 'is not allowed to be unset'}`);
                if (empty)
                    throw new ShellSyntaxError(`${name}: ${word || 'is not allowed to be empty'}`);
                return value;
            case '%':
            case '#': {
                if (value === undefined)
                    this.unsetUsed.add(name);
                const greedy = word.startsWith(ch);
                if (greedy)
                    word = word.slice(1);
                return ch === '%' ? trimSuffix(word, value ?? '', greedy) : trimPrefix(word, value ?? '', greedy);
            }
            default:
                throw new ShellSyntaxError(`unsupported modifier (${modifier}) in substitution`);
        }
    }
    /** `${NAME/pattern/replacement}` and `${NAME//pattern/replacement}`. */
    substitute(name) {
        const replaceAll = this.scanner.peek() === '/';
        if (replaceAll)
            this.scanner.next();
        const pattern = this.wordUpTo('/', true, "syntax error: missing '/' in ${}");
        const replacement = this.wordUpTo('}', true, "syntax error: missing '}'");
        const value = this.lookUp(name);
        if (this.options.skipUnsetEnv && value === undefined)
            return `\${${name}/${pattern}/${replacement}}`;
        if (value === undefined)
            this.unsetUsed.add(name);
        const regex = shellPatternToRegex(pattern, true, false);
        if (replaceAll)
            return goReplaceAll(regex, value ?? '', goExpandTemplate(replacement));
        const match = new RegExp(regex.source, 'u').exec(value ?? '');
        if (match === null)
            return value ?? '';
        const text = value;
        return text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length);
    }
    /** A nested word up to `stop`; BuildKit names a missing stop with `missing` when the input ended. */
    wordUpTo(stop, rawEscapes, missing) {
        try {
            return this.processStopOn(stop, rawEscapes).result;
        }
        catch (error) {
            if (this.scanner.peek() === undefined)
                throw new ShellSyntaxError(missing);
            throw error;
        }
    }
    processName() {
        let name = '';
        for (let ch = this.scanner.peek(); ch !== undefined; ch = this.scanner.peek()) {
            if (name === '' && isGoDigit(ch)) {
                for (let digit = this.scanner.peek(); digit !== undefined && isGoDigit(digit); digit = this.scanner.peek()) {
                    name += this.scanner.next();
                }
                return name;
            }
            if (name === '' && SPECIAL_PARAMETERS.has(ch))
                return this.scanner.next();
            if (!isGoLetter(ch) && !isGoDigit(ch) && ch !== '_')
                break;
            name += this.scanner.next();
        }
        return name;
    }
    processPossibleHeredoc() {
        this.scanner.next();
        if (this.scanner.peek() !== '<')
            return '<';
        this.scanner.next();
        let space = '';
        for (let ch = this.scanner.peek(); ch === '\t' || ch === '\r' || ch === ' '; ch = this.scanner.peek()) {
            space += this.scanner.next();
        }
        return '<<' + space;
    }
    lookUp(name) {
        const value = this.env(name);
        if (value !== undefined)
            this.matched.add(name);
        return value;
    }
}
/**
 * convertShellPatternToRegex: `*` any run (shortest unless greedy), `?` one character, `\` escapes
 * `*`, `?` and `\` (and is dropped before `}` and `/`); everything else literal. Go's `.` matches any
 * rune but '\n', hence `[^\n]` with the `u` flag.
 */
function shellPatternToRegex(pattern, greedy, anchored) {
    const scanner = new RuneScanner(pattern);
    let out = anchored ? '^' : '';
    for (let token = scanner.next(); token !== undefined; token = scanner.next()) {
        if (token === '*') {
            out += greedy ? '[^\\n]*' : '[^\\n]*?';
            continue;
        }
        if (token === '?') {
            out += '[^\\n]';
            continue;
        }
        if (token === '\\') {
            const peeked = scanner.peek();
            if (peeked === '}' || peeked === '/')
                continue;
            const escaped = scanner.next();
            if (escaped !== '*' && escaped !== '?' && escaped !== '\\') {
                throw new ShellSyntaxError(`invalid pattern (${pattern}) in substitution: invalid escape`);
            }
            out += '\\' + escaped;
            continue;
        }
        out += '[]{}.+()|^$'.includes(token) ? '\\' + token : token;
    }
    return new RegExp(out, 'u');
}
function trimPrefix(pattern, value, greedy) {
    const match = shellPatternToRegex(pattern, greedy, true).exec(value);
    return match === null ? value : value.slice(match[0].length);
}
/** Shortest or longest suffix: both strings reversed (escapes kept in front of what they escape). */
function trimSuffix(pattern, value, greedy) {
    const reversed = trimPrefix(reversePattern(pattern), Array.from(value).reverse().join(''), greedy);
    return Array.from(reversed).reverse().join('');
}
function reversePattern(pattern) {
    const runes = Array.from(pattern);
    const out = new Array(runes.length);
    const last = runes.length - 1;
    for (let i = 0; i <= last;) {
        if (runes[i] === '\\' && i !== last) {
            out[last - i - 1] = runes[i];
            out[last - i] = runes[i + 1];
            i += 2;
        }
        else {
            out[last - i] = runes[i];
            i++;
        }
    }
    return out.join('');
}
/**
 * Go's Regexp.ReplaceAllString: an empty match right after a match is not replaced, and the search
 * always moves on by at least one rune (JavaScript's replace differs on both).
 */
function goReplaceAll(regex, text, replacement) {
    const searcher = new RegExp(regex.source, 'gu');
    let out = '';
    let lastMatchEnd = 0;
    let searchPos = 0;
    while (searchPos <= text.length) {
        searcher.lastIndex = searchPos;
        const match = searcher.exec(text);
        if (match === null)
            break;
        const start = match.index;
        const end = start + match[0].length;
        out += text.slice(lastMatchEnd, start);
        if (end > lastMatchEnd || start === 0)
            out += replacement;
        lastMatchEnd = end;
        const width = searchPos < text.length ? (text.codePointAt(searchPos) > 0xffff ? 2 : 1) : 0;
        if (searchPos + width > end)
            searchPos += width;
        else if (searchPos + 1 > end)
            searchPos++;
        else
            searchPos = end;
    }
    return out + text.slice(lastMatchEnd);
}
/**
 * A ReplaceAllString template without capture groups (the pattern has none): `$$` is '$', a `$name`
 * or `${name}` is '' (no such group), any other '$' is literal.
 */
function goExpandTemplate(template) {
    return template.replace(/\$(\$|\{[\p{L}\p{Nd}_]+\}|[\p{L}\p{Nd}_]+)?/gu, (_whole, reference) => reference === undefined ? '$' : reference === '$' ? '$' : '');
}

;// CONCATENATED MODULE: ./src/gate/buildkit-parser.ts
/**
 * BuildKit's Dockerfile parser, ported rule for rule from moby/buildkit frontend/dockerfile/parser
 * (parser.go, line_parsers.go, split_command.go, and directives.go for `# escape`) at BUILDKIT_COMMIT,
 * so the gate splits a Dockerfile into exactly the instructions, flags and arguments BuildKit does:
 * lines split on '\n' only; Unicode spaces trimmed before the keyword; the keyword split from its
 * arguments on any of [ \t\v\f\r]; the escape token continuing a line unless it is itself escaped;
 * comment and blank lines inside a continuation dropped; builder flags read byte by byte (so U+0085 and
 * U+00A0, and bytes 0x85 and 0xA0 inside UTF-8 characters, separate flags as they do in BuildKit);
 * heredocs found with BuildKit's own shell lexer and their lines kept out of the instructions.
 * __tests__/unit/buildkit-parser.test.ts holds it to BuildKit's own testfiles.
 *
 * One thing the port cannot see: bytes that are not UTF-8 reach it already replaced by U+FFFD, while
 * BuildKit reads the raw byte, and a lone 0x85 or 0xA0 is a flag separator to it. A U+FFFD where
 * BuildKit reads flags is therefore refused as uncertain.
 */


/** The moby/buildkit commit whose parser this is. */
const BUILDKIT_COMMIT = '73ed6825c4b7569379ef89df0aedcdbe64473d31';
/**
 * BuildKit refuses the Dockerfile at `line` (1-based), or, when `uncertain`, BuildKit may read it there
 * in a way the port cannot follow.
 */
class DockerfileParseError extends Error {
    line;
    uncertain;
    constructor(message, line, uncertain = false) {
        super(message);
        this.line = line;
        this.uncertain = uncertain;
    }
}
/** An error of one instruction line, given its line number by the parse loop. */
class LineError extends Error {
    uncertain;
    constructor(message, uncertain = false) {
        super(message);
        this.uncertain = uncertain;
    }
}
/** bufio.Scanner's limit: BuildKit refuses a longer line. */
const MAX_LINE_BYTES = 65535;
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/u;
const KNOWN_DIRECTIVES = ['syntax', 'escape', 'check'];
/** The parser directives at the top of the file, and the escape token they set. */
class Directives {
    escapeToken = '\\';
    continuation = continuationPattern('\\');
    done = false;
    seen = new Set();
    /** possibleParserDirective: whether `line` (trimmed) is a directive; an escape directive applies at once. */
    directive(line) {
        if (this.done)
            return false;
        const match = line.startsWith('#') ? DIRECTIVE.exec(trimLeftGoSpace(line.slice(1))) : null;
        const name = match?.[1].toLowerCase();
        if (match === null || name === undefined || !KNOWN_DIRECTIVES.includes(name)) {
            this.done = true;
            return false;
        }
        if (this.seen.has(name))
            throw new LineError(`only one ${name} parser directive can be used`);
        this.seen.add(name);
        if (name === 'escape') {
            if (match[2] !== '`' && match[2] !== '\\') {
                throw new LineError(`invalid escape token '${match[2]}' does not match \` or \\`);
            }
            this.escapeToken = match[2];
            this.continuation = continuationPattern(match[2]);
        }
        return true;
    }
}
/**
 * BuildKit's lineContinuationRegex: the escape token, then only spaces and tabs, at the end of a line,
 * unless the character before it is the escape token too (`\\` ends no continuation).
 */
function continuationPattern(token) {
    const escaped = token === '\\' ? '\\\\' : token;
    return new RegExp(`([^${escaped}])${escaped}[ \\t]*$|^${escaped}[ \\t]*$`, 'u');
}
/** Parses a Dockerfile as BuildKit's parser.Parse does; throws DockerfileParseError where it fails. */
function parseDockerfile(content) {
    const directives = new Directives();
    const lines = content === '' ? [] : content.split(/(?<=\n)/);
    const instructions = [];
    let index = 0;
    let currentLine = 0;
    const readLine = () => {
        const line = lines[index++];
        currentLine++;
        if (Buffer.byteLength(line.replace(/\n$/, ''), 'utf8') > MAX_LINE_BYTES) {
            throw new DockerfileParseError(`dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`, currentLine);
        }
        return line;
    };
    while (index < lines.length) {
        let raw = readLine();
        if (currentLine === 1 && raw.startsWith('\uFEFF'))
            raw = raw.slice(1);
        const first = processLine(directives, raw, true, currentLine);
        const startLine = currentLine;
        let [text, ended] = trimContinuation(first, directives);
        if (ended && text === '')
            continue;
        let line = text;
        while (!ended && index < lines.length) {
            const next = readLine();
            const processed = processLine(directives, next, false, currentLine);
            if (isComment(next) || isBlank(processed))
                continue;
            [text, ended] = trimContinuation(processed, directives);
            line += text;
        }
        const instruction = atLine(startLine, () => instructionOf(line, directives));
        if (canContainHeredoc(instruction) && line.includes('<<')) {
            for (const heredoc of atLine(startLine, () => heredocsOf(line))) {
                let content = '';
                let terminated = false;
                while (index < lines.length) {
                    const next = readLine();
                    let terminator = next.replace(/[\r\n]+$/, '');
                    if (heredoc.chomp)
                        terminator = terminator.replace(/^\t+/, '');
                    if (terminator === heredoc.name) {
                        terminated = true;
                        break;
                    }
                    content += next;
                }
                if (!terminated)
                    throw new DockerfileParseError('unterminated heredoc', startLine);
                instruction.heredocs.push({ ...heredoc, content });
            }
        }
        instruction.startLine = startLine;
        instruction.endLine = currentLine;
        instructions.push(instruction);
    }
    if (instructions.length === 0)
        throw new DockerfileParseError('file with no instructions', currentLine);
    return { instructions, escapeToken: directives.escapeToken };
}
function atLine(line, read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof LineError)
            throw new DockerfileParseError(error.message, line, error.uncertain);
        if (error instanceof ShellSyntaxError)
            throw new DockerfileParseError(error.message, line);
        throw error;
    }
}
/** processLine: line ending removed, leading spaces too on an instruction's first line; a comment is ''. */
function processLine(directives, raw, firstLine, line) {
    let text = raw.replace(/[\r\n]+$/, '');
    if (firstLine)
        text = trimLeftGoSpace(text);
    atLine(line, () => directives.directive(text));
    return isComment(text) ? '' : text;
}
function isComment(line) {
    return trimLeftGoSpace(line).startsWith('#');
}
function isBlank(line) {
    return trimLeftGoSpace(line.replace(/[\r\n]+$/, '')) === '';
}
/** The line without its continuation token, and whether the instruction ends here. */
function trimContinuation(line, directives) {
    const match = directives.continuation.exec(line);
    return match === null ? [line, true] : [line.slice(0, match.index) + (match[1] ?? ''), false];
}
function canContainHeredoc(instruction) {
    const target = goToLower(instruction.keyword) === 'onbuild' && instruction.trigger ? instruction.trigger : instruction;
    return ['add', 'copy', 'run'].includes(goToLower(target.keyword)) && !target.json;
}
/** newNodeFromLine: the keyword, its flags, and its arguments as the keyword's line parser splits them. */
function instructionOf(line, directives) {
    const parts = splitInstructionSpace(trimGoSpace(line), 2);
    const { flags, rest } = parts.length === 2 ? builderFlags(parts[1], directives.escapeToken) : { flags: [], rest: '' };
    const keyword = goToLower(parts[0]);
    // Own keys only: a line starting `__proto__` or `constructor` is an unknown instruction, not a lookup
    // into Object.prototype.
    const parse = Object.hasOwn(LINE_PARSERS, keyword)
        ? LINE_PARSERS[keyword]
        : () => ({ args: [''] });
    const parsed = parse(trimGoSpace(rest), directives);
    return {
        keyword: parts[0],
        flags,
        args: parsed.args,
        ...(parsed.trigger ? { trigger: parsed.trigger } : {}),
        json: parsed.json ?? false,
        original: line,
        startLine: 0,
        endLine: 0,
        heredocs: []
    };
}
const LINE_PARSERS = {
    add: rest => maybeJsonToList(rest),
    arg: (rest, directives) => ({ args: words(rest, directives.escapeToken) }),
    cmd: rest => maybeJson(rest),
    copy: rest => maybeJsonToList(rest),
    entrypoint: rest => maybeJson(rest),
    env: (rest, directives) => nameValues(rest, 'ENV', directives.escapeToken),
    expose: rest => whitespaceDelimited(rest),
    from: rest => whitespaceDelimited(rest),
    healthcheck: rest => healthConfig(rest),
    label: (rest, directives) => nameValues(rest, 'LABEL', directives.escapeToken),
    maintainer: rest => ({ args: rest === '' ? [] : [rest] }),
    onbuild: (rest, directives) => rest === '' ? { args: [] } : { args: [], trigger: instructionOf(rest, directives) },
    run: rest => maybeJson(rest),
    shell: rest => maybeJson(rest),
    stopsignal: rest => ({ args: rest === '' ? [] : [rest] }),
    user: rest => ({ args: rest === '' ? [] : [rest] }),
    volume: rest => maybeJsonToList(rest),
    workdir: rest => ({ args: rest === '' ? [] : [rest] })
};
/**
 * extractBuilderFlags, byte by byte as BuildKit reads it: leading `--` words, quotes and the escape token
 * removed, each byte kept as the Latin-1 character of its value; the rest from the first other word.
 */
function builderFlags(text, escapeToken) {
    const bytes = Buffer.from(text, 'utf8');
    const replaced = replacementBytes(bytes);
    const escape = escapeToken.charCodeAt(0);
    const flags = [];
    let phase = 'spaces';
    let word = '';
    let quote = 0;
    let blankOk = false;
    let ch = 0;
    // A byte BuildKit may take for a space (0x85, 0xA0) that reached us as U+FFFD: refuse, do not guess.
    const spaceTest = (position) => {
        if (replaced[position]) {
            throw new LineError('a byte that is not UTF-8 sits where BuildKit reads flags (it may read it as a space)', true);
        }
        return bytes[position];
    };
    for (let pos = 0; pos <= bytes.length; pos++) {
        if (pos !== bytes.length)
            ch = phase === 'quote' ? bytes[pos] : spaceTest(pos);
        if (phase === 'spaces') {
            if (pos === bytes.length)
                break;
            if (isGoSpaceByte(ch))
                continue;
            if (ch !== 0x2d || pos + 1 === bytes.length || bytes[pos + 1] !== 0x2d) {
                return { flags, rest: bytes.subarray(pos).toString('utf8') };
            }
            phase = 'word';
        }
        if (pos === bytes.length) {
            if (word !== '--' && (blankOk || word.length > 0))
                flags.push(word);
            break;
        }
        if (phase === 'word') {
            if (isGoSpaceByte(ch)) {
                phase = 'spaces';
                if (word === '--')
                    return { flags, rest: bytes.subarray(pos).toString('utf8') };
                if (blankOk || word.length > 0)
                    flags.push(word);
                word = '';
                blankOk = false;
                continue;
            }
            if (ch === 0x27 || ch === 0x22) {
                quote = ch;
                blankOk = true;
                phase = 'quote';
                continue;
            }
            if (ch === escape) {
                if (pos + 1 === bytes.length)
                    continue;
                ch = bytes[++pos];
            }
            word += String.fromCharCode(ch);
            continue;
        }
        if (ch === quote) {
            phase = 'word';
            continue;
        }
        if (ch === escape) {
            if (pos + 1 === bytes.length) {
                phase = 'word';
                continue;
            }
            ch = bytes[++pos];
        }
        word += String.fromCharCode(ch);
    }
    return { flags, rest: '' };
}
/** Which bytes belong to a U+FFFD (EF BF BD): in text from a UTF-8 decoder, a byte it could not read. */
function replacementBytes(bytes) {
    const marks = new Array(bytes.length).fill(false);
    for (let at = bytes.indexOf('\uFFFD'); at !== -1; at = bytes.indexOf('\uFFFD', at + 3)) {
        marks[at] = marks[at + 1] = marks[at + 2] = true;
    }
    return marks;
}
/** parseWords: words split on Unicode spaces; quotes and escapes kept in the word. */
function words(rest, escapeToken) {
    const runes = Array.from(rest);
    const found = [];
    let phase = 'spaces';
    let quote = '';
    let blankOk = false;
    let word = '';
    let ch = '';
    for (let pos = 0; pos <= runes.length; pos++) {
        if (pos !== runes.length)
            ch = runes[pos];
        if (phase === 'spaces') {
            if (pos === runes.length)
                break;
            if (isGoSpace(ch))
                continue;
            phase = 'word';
        }
        if (pos === runes.length) {
            if (blankOk || word.length > 0)
                found.push(word);
            break;
        }
        if (phase === 'word') {
            if (isGoSpace(ch)) {
                phase = 'spaces';
                if (blankOk || word.length > 0)
                    found.push(word);
                word = '';
                blankOk = false;
                continue;
            }
            if (ch === "'" || ch === '"') {
                quote = ch;
                blankOk = true;
                phase = 'quote';
            }
            if (ch === escapeToken) {
                if (pos + 1 === runes.length)
                    continue;
                word += ch;
                ch = runes[++pos];
            }
            word += ch;
            continue;
        }
        if (ch === quote)
            phase = 'word';
        if (ch === escapeToken && quote !== "'") {
            if (pos + 1 === runes.length) {
                phase = 'word';
                continue;
            }
            word += ch;
            ch = runes[++pos];
        }
        word += ch;
    }
    return found;
}
/** parseNameVal (ENV, LABEL): `name value` (old form) or `name=value …`; each pair as name, value, separator. */
function nameValues(rest, keyword, escapeToken) {
    const found = words(rest, escapeToken);
    if (found.length === 0)
        return { args: [] };
    if (!found[0].includes('=')) {
        const parts = splitInstructionSpace(rest, 2);
        if (parts.length < 2)
            throw new LineError(`${keyword} must have two arguments`);
        return { args: [parts[0], parts[1], ''] };
    }
    return {
        args: found.flatMap(word => {
            const equals = word.indexOf('=');
            if (equals === -1) {
                throw new LineError(`Syntax error - can't find = in "${word}". Must be of the form: name=value`);
            }
            return [word.slice(0, equals), word.slice(equals + 1), '='];
        })
    };
}
function whitespaceDelimited(rest) {
    return { args: rest === '' ? [] : splitInstructionSpace(rest, -1) };
}
const NOT_JSON = Symbol('not a JSON array');
/** parseJSON: a JSON array of strings, as Go's encoding/json reads it. */
function jsonArray(rest) {
    const text = trimLeftGoSpace(rest);
    if (!text.startsWith('['))
        return NOT_JSON;
    let overflow = false;
    let value;
    try {
        value = JSON.parse(text, (_key, item) => {
            if (typeof item === 'number' && !Number.isFinite(item))
                overflow = true;
            return item;
        });
    }
    catch {
        return NOT_JSON;
    }
    // Go refuses a number beyond float64 as an unmarshal error, which BuildKit reads as "not JSON".
    if (overflow || !Array.isArray(value))
        return NOT_JSON;
    if (!value.every(item => typeof item === 'string')) {
        throw new LineError('when using JSON array syntax, arrays must be comprised of strings only');
    }
    return value;
}
function maybeJson(rest) {
    if (rest === '')
        return { args: [] };
    const json = jsonArray(rest);
    return json === NOT_JSON ? { args: [rest] } : { args: json, json: true };
}
function maybeJsonToList(rest) {
    const json = jsonArray(rest);
    return json === NOT_JSON ? whitespaceDelimited(rest) : { args: json, json: true };
}
/** parseHealthConfig: a type word (split byte by byte, as BuildKit does), then a command. */
function healthConfig(rest) {
    const bytes = Buffer.from(rest, 'utf8');
    let separator = 0;
    while (separator < bytes.length && !isGoSpaceByte(bytes[separator]))
        separator++;
    let next = separator;
    while (next < bytes.length && isGoSpaceByte(bytes[next]))
        next++;
    if (separator === 0)
        return { args: [] };
    const command = maybeJson(bytes.subarray(next).toString('utf8'));
    return { args: [bytes.subarray(0, separator).toString('utf8'), ...command.args], json: command.json };
}
const HEREDOC = /^([0-9]*)<<(-?)[\t\n\f\r ]*([^<]*)$/u;
const NO_ENV = () => undefined;
/** heredocsFromLine: each word of the line (BuildKit's lexer, errors ignored as BuildKit does) that opens one. */
function heredocsOf(line) {
    let lineWords;
    try {
        lineWords = processWord(line, NO_ENV, {
            escapeToken: '\\',
            rawQuotes: true,
            rawEscapes: true,
            skipUnsetEnv: true
        }).words;
    }
    catch (error) {
        if (!(error instanceof ShellSyntaxError))
            throw error;
        lineWords = [];
    }
    return lineWords.flatMap(word => {
        const heredoc = heredocOf(word);
        return heredoc === undefined ? [] : [heredoc];
    });
}
/** ParseHeredoc: `[n]<<[-]WORD` where WORD lexes to exactly one word. */
function heredocOf(word) {
    const match = HEREDOC.exec(word);
    if (match === null || match[3] === '')
        return undefined;
    const options = { escapeToken: '\\', skipUnsetEnv: true };
    const names = processWord(match[3], NO_ENV, options).words;
    if (names.length !== 1)
        return undefined;
    if (processWord(match[3], NO_ENV, { ...options, rawQuotes: true }).words.length !== 1) {
        throw new LineError(`internal lexing of heredoc produced inconsistent results: ${match[3]}`);
    }
    return { name: names[0], chomp: match[2] === '-' };
}
/** The text a build parses again for an ONBUILD trigger: BuildKit's OnbuildCommand.Expression. */
function onbuildExpression(instruction) {
    let expression = instruction.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
    for (const heredoc of instruction.heredocs)
        expression += `\n${heredoc.content}${heredoc.name}`;
    return expression;
}

;// CONCATENATED MODULE: ./src/gate/buildkit-syntax.ts
/**
 * The parts of a Dockerfile's meaning that decide what BuildKit pulls, beyond the tokeniser
 * (buildkit-parser.ts): the frontend image (builder/build.go and parser/directives.go's DetectSyntax),
 * builder flags as instructions read them (instructions/bflag.go) and the CSV fields of `--mount`
 * (instructions/commands_runmount.go with tonistiigi/go-csvvalue), each following BuildKit at
 * BUILDKIT_COMMIT.
 */

/** The `BUILDKIT_SYNTAX` build-arg: when set, BuildKit runs this frontend image instead of the directive's. */
const SYNTAX_BUILD_ARG = 'BUILDKIT_SYNTAX';
const buildkit_syntax_DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/u;
const buildkit_syntax_KNOWN_DIRECTIVES = ['syntax', 'escape', 'check'];
/** The frontend image of BUILDKIT_SYNTAX: the trimmed value's first space-separated word. */
function syntaxBuildArg(value) {
    return trimGoSpace(value).split(' ')[0];
}
/**
 * The frontend image BuildKit's DetectSyntax finds: `# syntax=` directives at the top (after a BOM and
 * a `#!` line), else `// syntax=` ones, else a whole-file JSON object's "syntax" member. The directive
 * block ends at the first line that is not a known directive, blank lines included.
 */
function syntaxDirective(content) {
    let text = content.startsWith('\uFEFF') ? content.slice(1) : content;
    let offset = 0;
    const firstBreak = text.indexOf('\n');
    if (text.startsWith('#!')) {
        text = firstBreak === -1 ? '' : text.slice(firstBreak + 1);
        offset = 1;
    }
    for (const comment of ['#', '//']) {
        const found = directiveWithPrefix(text, comment);
        if (found !== undefined)
            return { image: found.value.split(' ')[0], line: found.line + offset, form: comment };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    // Go decodes into a map: the key is matched exactly, and the last of duplicate keys wins, as here.
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return undefined;
    const value = Object.hasOwn(json, 'syntax') ? json.syntax : undefined;
    return typeof value === 'string' ? { image: value, line: offset + 1, form: 'json' } : undefined;
}
function directiveWithPrefix(text, comment) {
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        // bufio.ScanLines drops one '\r' before the '\n'.
        const line = lines[index].replace(/\r$/, '');
        if (!line.startsWith(comment))
            return undefined;
        const match = buildkit_syntax_DIRECTIVE.exec(trimLeftGoSpace(line.slice(comment.length)));
        if (match === null)
            return undefined;
        const name = match[1].toLowerCase();
        if (!buildkit_syntax_KNOWN_DIRECTIVES.includes(name))
            return undefined;
        if (name === 'syntax')
            return { value: match[2], line: index + 1 };
    }
    return undefined;
}
/** A flag BuildKit refuses: unknown, without its value, or given twice. */
class FlagError extends Error {
}
/**
 * BFlags.Parse: each `--name[=value]` against the instruction's declared flags (names match exactly),
 * refused as BuildKit refuses it. The values of each flag used, in order.
 */
function parseFlags(flags, declared) {
    const values = new Map();
    for (const flag of flags) {
        const equals = flag.indexOf('=');
        const flagName = equals === -1 ? flag : flag.slice(0, equals);
        const value = equals === -1 ? undefined : flag.slice(equals + 1);
        const name = flagName.slice(2);
        if (!Object.hasOwn(declared, name))
            throw new FlagError(`unknown flag: ${flagName}`);
        const kind = declared[name];
        const seen = values.get(name);
        if (seen !== undefined && kind !== 'strings')
            throw new FlagError(`duplicate flag specified: ${flagName}`);
        if (kind === 'bool') {
            if (value === '')
                throw new FlagError(`missing a value on flag: ${flagName}`);
            const lower = goToLower(value ?? '');
            if (lower !== '' && lower !== 'true' && lower !== 'false') {
                throw new FlagError(`expecting boolean value for flag ${flagName}, not: ${value}`);
            }
        }
        else if (value === undefined) {
            throw new FlagError(`missing a value on flag: ${flagName}`);
        }
        values.set(name, [...(seen ?? []), value ?? 'true']);
    }
    return values;
}
/**
 * The `from` of one `--mount` value, read like BuildKit's parseMount: the value is one CSV record
 * (go-csvvalue: `"…"` quoted fields with `""` for a quote), keys are case-insensitive, the last `from`
 * wins. Throws on a record BuildKit refuses too.
 */
function mountFrom(value) {
    let from;
    for (const field of csvRecord(value)) {
        const equals = field.indexOf('=');
        if (equals !== -1 && goToLower(field.slice(0, equals)) === 'from')
            from = field.slice(equals + 1);
    }
    return from;
}
function csvRecord(text) {
    if (text === '')
        throw new Error('an empty value');
    const fields = [];
    let pos = 0;
    for (;;) {
        let field = '';
        if (text[pos] === '"') {
            pos++;
            for (;;) {
                const close = text.indexOf('"', pos);
                if (close === -1)
                    throw new Error(`unterminated quoted field in '${text}'`);
                field += text.slice(pos, close);
                pos = close + 1;
                if (text[pos] === '"') {
                    field += '"';
                    pos++;
                    continue;
                }
                break;
            }
            if (pos < text.length && text[pos] !== ',')
                throw new Error(`extraneous '"' in field of '${text}'`);
        }
        else {
            const comma = text.indexOf(',', pos);
            field = comma === -1 ? text.slice(pos) : text.slice(pos, comma);
            if (field.includes('"'))
                throw new Error(`bare '"' in field of '${text}'`);
            pos = comma === -1 ? text.length : comma;
        }
        fields.push(field);
        if (pos >= text.length)
            return fields;
        pos++; // the comma
    }
}

;// CONCATENATED MODULE: ./src/gate/dockerfile.ts
/**
 * Base images of Dockerfiles, for the PR gate: every image a build pulls (frontend, FROM, COPY --from,
 * RUN --mount from=, under ONBUILD too) with the build's ARG substitution applied, so the gate
 * verifies exactly what `docker build` would pull. The file is split by a port of BuildKit's own parser
 * (buildkit-parser.ts) and its instructions read as BuildKit's instructions and dockerfile2llb packages
 * read them. Where BuildKit refuses the file, or Signet cannot follow BuildKit with certainty, the gate
 * fails closed with an UnreadableDockerfileError naming the line: a rejection, never fewer images.
 * Pure parsing (files.ts finds the Dockerfiles); no registry knowledge.
 */





/**
 * A Dockerfile BuildKit refuses at `line`, or one Signet cannot read there as BuildKit does: the gate
 * rejects that file at that line (exit 1) rather than verify fewer images than the build pulls.
 */
class UnreadableDockerfileError extends errors/* SignetError */.Tj {
    file;
    line;
    reason;
    code = 'UNREADABLE_DOCKERFILE';
    exitCode = 1;
    constructor(file, line, reason) {
        super(`${file}:${line}: ${reason}`);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }
}
const DOCKERFILES_INPUT = 'dockerfiles';
/**
 * ARGs the builder defines itself (dockerfile2llb's defaultArgs). Their values depend on the build host,
 * `--platform` and `--target`, which a Dockerfile cannot tell us; build-args may pin them (e.g.
 * TARGETARCH=amd64) to resolve images such as `base-${TARGETARCH}`.
 */
const BUILDER_ARGS = [
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDOSVERSION',
    'BUILDARCH',
    'BUILDVARIANT',
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETOSVERSION',
    'TARGETARCH',
    'TARGETVARIANT',
    'TARGETSTAGE'
];
/** The flags BuildKit declares on the instructions that name images (instructions/parse.go, RUN hooks). */
const FROM_FLAGS = { platform: 'string' };
const COPY_FLAGS = {
    chown: 'string',
    from: 'string',
    chmod: 'string',
    link: 'bool',
    exclude: 'strings',
    parents: 'bool'
};
const RUN_FLAGS = {
    mount: 'strings',
    network: 'string',
    security: 'string',
    device: 'strings'
};
/** BuildKit's instructions (frontend/dockerfile/command); any other keyword makes it refuse the file. */
const INSTRUCTIONS = [
    'add',
    'arg',
    'cmd',
    'copy',
    'entrypoint',
    'env',
    'expose',
    'from',
    'healthcheck',
    'label',
    'maintainer',
    'onbuild',
    'run',
    'shell',
    'stopsignal',
    'user',
    'volume',
    'workdir'
];
/** parseBuildStageName's rule, applied to the lower-cased name. */
const VALID_STAGE_NAME = /^[a-z][a-z0-9\-_.]*$/;
/** A variable's value: a string; UNKNOWN when set by the builder to a value we cannot know. Absent = unset. */
const UNKNOWN = Symbol('unknown');
/**
 * Every image a build of this Dockerfile makes BuildKit pull, in order, after ARG substitution with
 * build-args: the frontend (`# syntax=` or the BUILDKIT_SYNTAX build-arg), FROM images (not stage
 * references, not scratch), COPY --from and RUN --mount from= images (not stage names or indexes), and
 * the same inside ONBUILD. An image that cannot be resolved is an InputError (set build-args); a file
 * BuildKit refuses, or Signet cannot read with certainty, an UnreadableDockerfileError.
 */
function baseImagesOf(content, file, buildArgs = {}) {
    const frontend = frontendOf(content, file, buildArgs);
    const form = syntaxDirective(content)?.form;
    // A JSON document naming its frontend is that frontend's own format, not a Dockerfile.
    if (form === 'json')
        return frontend;
    let instructions;
    let escapeToken;
    try {
        ;
        ({ instructions, escapeToken } = parseDockerfile(form === '//' ? withoutSlashDirectives(content) : content));
    }
    catch (error) {
        if (error instanceof DockerfileParseError)
            throw parseRefusal(file, error);
        throw error;
    }
    const build = new BuildReader(file, buildArgs, escapeToken);
    for (const instruction of instructions)
        build.read(instruction);
    return [...frontend, ...build.uses];
}
/** BuildKit refuses the file at `line`: the gate rejects it there. */
function refused(file, line, reason) {
    return new UnreadableDockerfileError(file, line, `BuildKit refuses it: ${reason}`);
}
function parseRefusal(file, error) {
    return error.uncertain
        ? new UnreadableDockerfileError(file, error.line, `cannot be read as BuildKit reads it: ${error.message}`)
        : refused(file, error.line, error.message);
}
/**
 * The file without its leading `//` lines (blanked, so lines keep their numbers): a frontend named that
 * way reads its own format; the rest is still read as a Dockerfile, so no FROM goes unverified.
 */
function withoutSlashDirectives(content) {
    const lines = content.split('\n');
    let index = lines[0]?.replace(/^\uFEFF/, '').startsWith('#!') ? 1 : 0;
    for (; index < lines.length && lines[index].replace(/^\uFEFF/, '').startsWith('//'); index++)
        lines[index] = '';
    return lines.join('\n');
}
/** The frontend image BuildKit runs first: the BUILDKIT_SYNTAX build-arg, else the `syntax` directive. */
function frontendOf(content, file, buildArgs) {
    const fromArg = syntaxBuildArg(buildArgs[SYNTAX_BUILD_ARG] ?? '');
    if (fromArg !== '')
        return [{ file, line: 1, image: fromArg, instruction: 'BUILDKIT_SYNTAX' }];
    const directive = syntaxDirective(content);
    return directive === undefined
        ? []
        : [{ file, line: directive.line, image: directive.image, instruction: '# syntax' }];
}
/** The instructions of one build in order: the ARG scopes, the stage names, and the images pulled. */
class BuildReader {
    file;
    buildArgs;
    escapeToken;
    uses = [];
    global = new Map();
    stageNames = [];
    /** Undefined before the first FROM. */
    stage;
    constructor(file, buildArgs, escapeToken) {
        this.file = file;
        this.buildArgs = buildArgs;
        this.escapeToken = escapeToken;
        for (const name of BUILDER_ARGS)
            this.global.set(name, buildArgs[name] ?? UNKNOWN);
    }
    read(instruction) {
        const keyword = goToLower(instruction.keyword);
        const line = instruction.startLine;
        if (!INSTRUCTIONS.includes(keyword))
            throw refused(this.file, line, `unknown instruction: ${instruction.keyword}`);
        if (keyword === 'from')
            return this.from(instruction);
        if (keyword === 'arg')
            return this.declareArgs(instruction);
        if (this.stage === undefined) {
            throw refused(this.file, line, `${instruction.keyword} before the first FROM`);
        }
        // ENV values are not followed: a variable it sets is unknown from here on in this stage.
        if (keyword === 'env') {
            for (let i = 0; i < instruction.args.length; i += 3)
                this.stage.set(instruction.args[i], UNKNOWN);
            return;
        }
        this.pulls(instruction, line, '');
    }
    from(instruction) {
        const line = instruction.startLine;
        const flags = this.flags(instruction, FROM_FLAGS, line);
        const args = instruction.args;
        if (args.length === 0) {
            throw new errors/* InputError */.dz(DOCKERFILES_INPUT, `${this.file}:${line}: FROM names no image: give one, e.g. 'FROM alpine:3.20'.`);
        }
        if (args.length !== 1 && !(args.length === 3 && equalFoldAscii(args[1], 'as'))) {
            throw refused(this.file, line, 'FROM requires either one or three arguments');
        }
        const stageName = args.length === 3 ? goToLower(args[2]) : undefined;
        if (stageName !== undefined && !VALID_STAGE_NAME.test(stageName)) {
            throw refused(this.file, line, `invalid name for build stage: '${args[2]}'`);
        }
        const image = this.resolve(args[0], this.global, 'before the first FROM', line);
        // dockerfile2llb matches the expanded name exactly against the (lower-case) names of earlier stages.
        if (image !== 'scratch' && !this.stageNames.includes(image)) {
            const [platform] = flags.get('platform') ?? [];
            const known = platform === undefined ? undefined : this.platformOf(platform, line);
            this.uses.push({
                file: this.file,
                line,
                image,
                ...(known ? { platform: known } : {}),
                instruction: 'FROM'
            });
        }
        if (stageName !== undefined)
            this.stageNames.push(stageName);
        // Each stage starts without ARGs: a global ARG is visible in a stage only once redeclared there.
        this.stage = new Map();
    }
    /** The images of COPY --from and RUN --mount from=, and of an ONBUILD trigger as a build re-reads it. */
    pulls(instruction, line, prefix) {
        const keyword = goToLower(instruction.keyword);
        if (keyword === 'copy') {
            const [from] = this.flags(instruction, COPY_FLAGS, line).get('from') ?? [];
            if (from)
                this.stageImage(from, `${prefix}COPY --from`, line);
        }
        else if (keyword === 'run') {
            for (const mount of this.flags(instruction, RUN_FLAGS, line).get('mount') ?? []) {
                const from = this.mountSource(mount, line);
                if (from)
                    this.stageImage(from, `${prefix}RUN --mount`, line);
            }
        }
        else if (keyword === 'onbuild') {
            this.pulls(this.trigger(instruction, line), line, 'ONBUILD ');
        }
    }
    /**
     * The instruction a build runs for an ONBUILD: BuildKit stores the line's text and parses it again,
     * on its own and with the default escape token, where it is triggered.
     */
    trigger(instruction, line) {
        let parsed;
        try {
            parsed = parseDockerfile(onbuildExpression(instruction)).instructions;
        }
        catch (error) {
            if (!(error instanceof DockerfileParseError))
                throw error;
            const message = `its ONBUILD trigger: ${error.message}`;
            throw parseRefusal(this.file, new DockerfileParseError(message, line, error.uncertain));
        }
        if (parsed.length !== 1) {
            throw refused(this.file, line, 'its ONBUILD trigger: onbuild trigger should be a single expression');
        }
        return parsed[0];
    }
    /** COPY --from or a mount's from=: an image unless a stage index, scratch or an earlier stage's name. */
    stageImage(raw, instruction, line) {
        const image = this.resolve(raw, this.stage, 'in this stage', line);
        if (isStageIndex(image) || image === 'scratch' || this.stageNames.includes(goToLower(image)))
            return;
        this.uses.push({ file: this.file, line, image, instruction });
    }
    flags(instruction, declared, line) {
        try {
            return parseFlags(instruction.flags, declared);
        }
        catch (error) {
            if (error instanceof FlagError)
                throw refused(this.file, line, error.message);
            throw error;
        }
    }
    /** The from= of a --mount value; a value BuildKit could not read either is refused, not skipped. */
    mountSource(value, line) {
        try {
            return mountFrom(value);
        }
        catch (error) {
            throw refused(this.file, line, `RUN --mount is not a valid CSV list of key=value options (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
    }
    /**
     * ARG NAME[=default] …, several names to a line. Before the first FROM (buildMetaArgs): build-arg, else
     * the default expanded with what precedes it; a bare ARG without build-arg leaves the name as it was.
     * In a stage (dispatchArg): build-arg, else its own default, else (redeclared bare) the global value.
     */
    declareArgs(instruction) {
        for (const word of instruction.args) {
            const equals = word.indexOf('=');
            const name = equals === -1 ? word : word.slice(0, equals);
            const fallback = equals === -1 ? undefined : word.slice(equals + 1);
            if (name === '')
                throw refused(this.file, instruction.startLine, 'ARG names can not be blank');
            const scope = this.stage ?? this.global;
            if (Object.hasOwn(this.buildArgs, name))
                scope.set(name, this.buildArgs[name]);
            else if (fallback !== undefined)
                scope.set(name, this.expanded(fallback, scope));
            else if (this.stage !== undefined) {
                const inherited = this.global.get(name);
                if (inherited !== undefined)
                    this.stage.set(name, inherited);
            }
        }
    }
    expanded(raw, scope) {
        try {
            const { value, unresolved } = this.expand(raw, scope);
            return unresolved.length === 0 ? value : UNKNOWN;
        }
        catch (error) {
            if (error instanceof ShellSyntaxError)
                return UNKNOWN;
            throw error;
        }
    }
    /** FROM --platform after substitution, or undefined when it depends on the builder or on unset ARGs. */
    platformOf(raw, line) {
        try {
            const { value, unresolved } = this.expand(raw, this.global);
            return unresolved.length === 0 && value !== '' ? value : undefined;
        }
        catch (error) {
            if (error instanceof ShellSyntaxError) {
                throw refused(this.file, line, `cannot expand --platform '${raw}': ${error.message}`);
            }
            throw error;
        }
    }
    /**
     * Substitutes variables in an image reference with BuildKit's lexer. A gate must not skip what it
     * cannot resolve, so any variable left without a value fails with the fix: set it with build-args, or
     * declare the ARG so the given build-arg reaches this instruction (Docker ignores build-args with no
     * matching ARG).
     */
    resolve(raw, scope, declarationPlace, line) {
        const location = `${this.file}:${line}`;
        let expansion;
        try {
            expansion = this.expand(raw, scope);
        }
        catch (error) {
            if (!(error instanceof ShellSyntaxError))
                throw error;
            throw refused(this.file, line, `cannot expand '${raw}': ${error.message}`);
        }
        const { value, unresolved } = expansion;
        if (unresolved.length > 0) {
            const undeclared = unresolved.filter(name => Object.hasOwn(this.buildArgs, name) && !scope.has(name));
            const fix = undeclared.length > 0
                ? `declare 'ARG ${undeclared[0]}' ${declarationPlace} so the build-arg reaches it`
                : 'set it with build-args';
            throw new errors/* InputError */.dz(DOCKERFILES_INPUT, `${location}: cannot resolve '${raw}': ${fix}`);
        }
        if (value === '') {
            throw new errors/* InputError */.dz(DOCKERFILES_INPUT, `${location}: '${raw}' expands to an empty image name: set it with build-args`);
        }
        return value;
    }
    /** ProcessWord with this file's escape token; unresolved: names unknown or used while unset. */
    expand(text, scope) {
        const lookUp = (name) => {
            const value = scope.get(name);
            return value === UNKNOWN ? '' : value;
        };
        const { result, matched, unsetUsed } = processWord(text, lookUp, { escapeToken: this.escapeToken });
        const unknown = [...matched].filter(name => scope.get(name) === UNKNOWN);
        return { value: result, unresolved: [...unknown, ...unsetUsed] };
    }
}
/** Go's strconv.Atoi accepts it: dockerfile2llb then reads a stage index, never an image. */
function isStageIndex(text) {
    if (!/^[+-]?[0-9]+$/.test(text))
        return false;
    const value = BigInt(text);
    return value >= -(2n ** 63n) && value < 2n ** 63n;
}


/***/ })

};
