export const id = 617;
export const ids = [617];
export const modules = {

/***/ 33617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baseImagesOf: () => (/* binding */ baseImagesOf),
  findDockerfiles: () => (/* binding */ findDockerfiles)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/gate/buildkit-syntax.ts
/**
 * The parts of a Dockerfile that make BuildKit pull an image but that dockerfile-ast reads differently
 * from BuildKit: the `syntax` parser directive (the frontend image), builder flags (`--mount`, `--from`,
 * with `=` or a space, quotes and continuations) and the CSV fields of `--mount`. Each function follows
 * BuildKit's own reading (frontend/dockerfile/parser: directives.go, split_command.go, parser.go;
 * instructions/commands_runmount.go) so the gate sees the image BuildKit would pull, not another one.
 */
/** The `BUILDKIT_SYNTAX` build-arg: when set, BuildKit runs this frontend image instead of the directive's. */
const SYNTAX_BUILD_ARG = 'BUILDKIT_SYNTAX';
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN_DIRECTIVES = ['syntax', 'escape', 'check'];
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
            return { image: found.value.split(' ')[0], line: found.line + offset };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    // Go's encoding/json matches object keys case-insensitively; a JSON file is never a real Dockerfile,
    // so any key spelled like "syntax" counts.
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return undefined;
    const key = Object.keys(json).find(name => name.toLowerCase() === 'syntax');
    const value = key === undefined ? undefined : json[key];
    return typeof value === 'string' ? { image: value, line: offset + 1 } : undefined;
}
function directiveWithPrefix(text, comment) {
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].replace(/\r$/, '');
        if (!line.startsWith(comment))
            return undefined;
        const match = DIRECTIVE.exec(line.slice(comment.length).trimStart());
        if (match === null)
            return undefined;
        const name = match[1].toLowerCase();
        if (!KNOWN_DIRECTIVES.includes(name))
            return undefined;
        if (name === 'syntax')
            return { value: match[2], line: index + 1 };
    }
    return undefined;
}
/**
 * The logical line of the instruction starting on 0-based `startLine`, as BuildKit joins it: leading
 * whitespace trimmed, a trailing escape character continues onto the next line (joined without a
 * space), comment lines and blank lines inside a continuation are dropped.
 */
function logicalLine(lines, startLine, escapeChar) {
    const continuation = new RegExp(`${escapeRegExp(escapeChar)}[ \\t]*$`);
    let joined = '';
    for (let index = startLine; index < lines.length; index++) {
        const raw = lines[index].replace(/\r$/, '').trimStart();
        if (index > startLine && (raw.startsWith('#') || raw.trim() === ''))
            continue;
        const continues = continuation.test(raw);
        joined += continues ? raw.replace(continuation, '') : raw;
        if (!continues)
            break;
    }
    return joined;
}
/** `keyword`, its builder flags (`name=value` words, quotes removed) and the rest of a logical line. */
function splitInstruction(line) {
    const [keyword, args = ''] = line.trim().split(/[ \t]+(.*)/s);
    const { flags, rest } = extractBuilderFlags(args);
    return { keyword: keyword.toUpperCase(), flags, rest };
}
/** The values of flag `name` (`--name=value` or `--name value`), matched case-insensitively. */
function flagValues(flags, name) {
    const values = [];
    for (const flag of flags) {
        const equals = flag.indexOf('=');
        const flagName = equals === -1 ? flag : flag.slice(0, equals);
        if (flagName.toLowerCase() === name && equals !== -1)
            values.push(flag.slice(equals + 1));
    }
    return values;
}
/**
 * BuildKit's extractBuilderFlags, read as a superset of its versions: leading `--name[=value]` words with
 * shell-like quotes and backslash escapes removed, up to the first word that is not a flag (or `--`).
 * Recent BuildKit also pairs a bare `--name` with the next word (`--mount type=bind,from=x`), older
 * versions refuse that form; a bare flag yields both readings, so no version pulls an image the gate
 * did not see. `rest` starts after the pair, where recent BuildKit reads the instruction's arguments.
 */
function extractBuilderFlags(line) {
    const flags = [];
    let bare;
    let pos = 0;
    for (;;) {
        while (pos < line.length && /\s/.test(line[pos]))
            pos++;
        if (pos >= line.length)
            return { flags, rest: '' };
        const dashed = line.startsWith('--', pos);
        if (!dashed && bare === undefined)
            return { flags, rest: line.slice(pos) };
        const { word, end } = shellWord(line, pos);
        pos = end;
        if (bare !== undefined)
            flags.push(`${bare}=${word}`);
        bare = undefined;
        if (!dashed)
            continue;
        if (word === '--')
            return { flags, rest: line.slice(pos) };
        flags.push(word.slice(2));
        if (!word.includes('='))
            bare = word.slice(2);
    }
}
/** One word from `start`: up to unquoted whitespace, quotes removed, `\\x` read as x. */
function shellWord(line, start) {
    let word = '';
    let quote = '';
    let pos = start;
    for (; pos < line.length; pos++) {
        let ch = line[pos];
        if (quote === '' && /\s/.test(ch))
            break;
        if (quote !== '' && ch === quote) {
            quote = '';
            continue;
        }
        if (quote === '' && (ch === "'" || ch === '"')) {
            quote = ch;
            continue;
        }
        if (ch === '\\' && pos + 1 < line.length)
            ch = line[++pos];
        word += ch;
    }
    return { word, end: pos };
}
/**
 * The `from` of one `--mount` value, read like BuildKit's parseMount: the value is one CSV record (Go's
 * encoding/csv: `"…"` quoted fields with `""` for a quote), keys are case-insensitive, the last `from`
 * wins. Throws on a record encoding/csv would refuse, since BuildKit then refuses the Dockerfile too
 * and the gate should not guess.
 */
function mountFrom(value) {
    let from;
    for (const field of csvRecord(value)) {
        const equals = field.indexOf('=');
        if (equals !== -1 && field.slice(0, equals).toLowerCase() === 'from')
            from = field.slice(equals + 1);
    }
    return from;
}
function csvRecord(text) {
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
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/gate/dockerfile.ts
/**
 * Base images of Dockerfiles, for the PR gate: every image a build pulls (frontend, FROM, COPY --from,
 * RUN --mount from=, under ONBUILD too) with the build's ARG substitution applied, so the gate
 * verifies exactly what `docker build` would pull.
 * Pure parsing apart from findDockerfiles; no registry knowledge.
 */




const DOCKERFILES_INPUT = 'dockerfiles';
/**
 * ARGs the builder defines itself (BuildKit's automatic platform ARGs). Their values depend on the build
 * host and `--platform`, which a Dockerfile cannot tell us; build-args may pin them (e.g. TARGETARCH=amd64)
 * to resolve images such as `base-${TARGETARCH}`.
 */
const BUILDER_ARGS = [
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDARCH',
    'BUILDVARIANT',
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETARCH',
    'TARGETVARIANT'
];
/** A variable's value: a string; UNKNOWN when set by the builder to a value we cannot know. Absent = unset. */
const UNKNOWN = Symbol('unknown');
/**
 * Every image a build of this Dockerfile makes BuildKit pull, in order, after ARG substitution with
 * build-args: the frontend (`# syntax=` or the BUILDKIT_SYNTAX build-arg), FROM images (not stage
 * references, not scratch), COPY --from and RUN --mount from= images (not stage names or indexes), and
 * the same inside ONBUILD. dockerfile-ast splits the file into instructions; each instruction's flags
 * are read the way BuildKit reads them (buildkit-syntax.ts). An image that cannot be resolved is an
 * InputError: a gate must not skip it silently.
 */
function baseImagesOf(content, file, buildArgs = {}) {
    const dockerfile = main.DockerfileParser.parse(content);
    const lines = content.split('\n');
    const escapeChar = dockerfile.getEscapeCharacter();
    const globalScope = globalArgs(dockerfile.getInitialARGs(), buildArgs);
    const stageNames = [];
    const uses = frontendOf(content, file, buildArgs);
    let stageScope;
    for (const instruction of dockerfile.getInstructions()) {
        const startLine = instruction.getRange().start.line;
        const line = startLine + 1;
        const location = `${file}:${line}`;
        const keyword = instruction.getKeyword();
        if (keyword === 'FROM') {
            const from = splitInstruction(logicalLine(lines, startLine, escapeChar));
            const [raw, as, stage] = from.rest.trim().split(/\s+/);
            if (raw === undefined || raw === '') {
                throw new errors/* InputError */.dz(DOCKERFILES_INPUT, `${location}: FROM names no image: give one, e.g. 'FROM alpine:3.20'.`);
            }
            const image = resolveImage(raw, globalScope, buildArgs, 'before the first FROM', location);
            if (!isStageReference(image, stageNames)) {
                const [platform] = flagValues(from.flags, 'platform');
                const resolved = platform === undefined ? undefined : expand(platform, globalScope);
                const known = resolved !== undefined && resolved.unresolved.length === 0 && resolved.value !== '';
                uses.push({ file, line, image, ...(known ? { platform: resolved.value } : {}), instruction: 'FROM' });
            }
            if (as?.toLowerCase() === 'as' && stage !== undefined)
                stageNames.push(stage.toLowerCase());
            // Each stage starts without ARGs: a global ARG is visible in a stage only once redeclared there.
            stageScope = new Map();
        }
        else if (keyword === 'ARG' && stageScope !== undefined) {
            // ARGs before the first FROM are the global ones, read above.
            declareStageArg(instruction, stageScope, globalScope, buildArgs);
        }
        else if (stageScope !== undefined) {
            const scope = stageScope;
            let words = splitInstruction(logicalLine(lines, startLine, escapeChar));
            let prefix = '';
            if (words.keyword === 'ONBUILD') {
                words = splitInstruction(words.rest);
                prefix = 'ONBUILD ';
            }
            const imageOf = (raw, instruction) => {
                const image = resolveImage(raw, scope, buildArgs, 'in this stage', location);
                if (!/^\d+$/.test(image) && !isStageReference(image, stageNames))
                    uses.push({ file, line, image, instruction });
            };
            if (words.keyword === 'COPY') {
                for (const raw of flagValues(words.flags, 'from'))
                    imageOf(raw, `${prefix}COPY --from`);
            }
            else if (words.keyword === 'RUN') {
                for (const mount of flagValues(words.flags, 'mount')) {
                    const raw = mountSource(mount, location);
                    if (raw !== undefined)
                        imageOf(raw, `${prefix}RUN --mount`);
                }
            }
        }
    }
    return uses;
}
/** The frontend image BuildKit runs first: the BUILDKIT_SYNTAX build-arg, else the `syntax` directive. */
function frontendOf(content, file, buildArgs) {
    const fromArg = buildArgs[SYNTAX_BUILD_ARG];
    if (fromArg !== undefined && fromArg !== '') {
        return [{ file, line: 1, image: fromArg.split(' ')[0], instruction: 'BUILDKIT_SYNTAX' }];
    }
    const directive = syntaxDirective(content);
    return directive === undefined
        ? []
        : [{ file, line: directive.line, image: directive.image, instruction: '# syntax' }];
}
/** The from= of a --mount value; a value BuildKit could not read either is an input error, not a skip. */
function mountSource(value, location) {
    try {
        return mountFrom(value);
    }
    catch (error) {
        throw new errors/* InputError */.dz(DOCKERFILES_INPUT, `${location}: RUN --mount is not a valid CSV list of key=value options (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
}
/**
 * Dockerfiles matching multiline globs ('**\/Dockerfile*', '!vendor/**'), relative to root, sorted.
 * Relative patterns are anchored at root, not at the process's working directory.
 */
async function findDockerfiles(patterns, root = process.cwd()) {
    const absoluteRoot = external_node_path_default().resolve(root);
    const anchored = patterns.map(pattern => anchorPattern(pattern.trim(), absoluteRoot)).filter(p => p !== '');
    if (anchored.length === 0)
        return [];
    // Loaded on use, to keep it off the start-up path of runs without Dockerfiles.
    const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 42377));
    const globber = await glob.create(anchored.join('\n'), {
        followSymbolicLinks: false,
        matchDirectories: false
    });
    const files = await globber.glob();
    return files.map(file => external_node_path_default().relative(absoluteRoot, file)).sort();
}
function anchorPattern(pattern, root) {
    if (pattern === '' || pattern.startsWith('#'))
        return '';
    const negation = /^!*/.exec(pattern)?.[0] ?? '';
    const body = pattern.slice(negation.length);
    return external_node_path_default().isAbsolute(body) ? pattern : negation + external_node_path_default().join(escapeGlob(root), body);
}
/** @actions/glob reads '*', '?' and '[' in the root as pattern characters; '[x]' matches x literally. */
function escapeGlob(literal) {
    return literal.replace(/[*?[]/g, char => `[${char}]`);
}
/** Global ARGs (before the first FROM): build-arg, else default; a bare ARG without build-arg stays unset. */
function globalArgs(args, buildArgs) {
    const scope = new Map();
    for (const name of BUILDER_ARGS)
        scope.set(name, buildArgs[name] ?? UNKNOWN);
    for (const arg of args) {
        const property = arg.getProperty();
        if (property === null)
            continue;
        const name = property.getName();
        const fallback = property.getValue();
        if (Object.hasOwn(buildArgs, name))
            scope.set(name, buildArgs[name]);
        else if (fallback !== null)
            setExpanded(scope, name, fallback);
    }
    return scope;
}
/** A stage ARG: build-arg, else its own default, else (when redeclared bare) the global value. */
function declareStageArg(arg, stage, global, buildArgs) {
    const property = arg.getProperty();
    if (property === null)
        return;
    const name = property.getName();
    const fallback = property.getValue();
    const inherited = global.get(name);
    if (Object.hasOwn(buildArgs, name))
        stage.set(name, buildArgs[name]);
    else if (fallback !== null)
        setExpanded(stage, name, fallback);
    else if (inherited !== undefined)
        stage.set(name, inherited);
}
function setExpanded(scope, name, raw) {
    const { value, unresolved } = expand(raw, scope);
    if (unresolved.length === 0)
        scope.set(name, value);
    else
        scope.set(name, UNKNOWN);
}
/**
 * Substitutes variables in an image reference. A gate must not skip what it cannot resolve, so any
 * variable left without a value fails with the fix: set it with build-args, or declare the ARG so
 * the given build-arg reaches this instruction (Docker ignores build-args with no matching ARG).
 */
function resolveImage(raw, scope, buildArgs, declarationPlace, location) {
    const { value, unresolved } = expand(raw, scope);
    if (unresolved.length > 0) {
        const undeclared = unresolved.filter(name => Object.hasOwn(buildArgs, name) && !scope.has(name));
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
function isStageReference(image, stageNames) {
    const lower = image.toLowerCase();
    return lower === 'scratch' || stageNames.includes(lower);
}
/**
 * Shell-style substitution as Dockerfiles do it: $NAME, ${NAME}, ${NAME:-default}, ${NAME:+alternative},
 * with defaults and alternatives expanded in turn. Any other ${…} form counts as unresolved.
 */
function expand(text, scope) {
    const unresolved = [];
    let value = '';
    let index = 0;
    while (index < text.length) {
        const dollar = text.indexOf('$', index);
        if (dollar === -1) {
            value += text.slice(index);
            break;
        }
        value += text.slice(index, dollar);
        if (text[dollar + 1] === '{') {
            const close = matchingBrace(text, dollar + 1);
            if (close === -1) {
                unresolved.push(text.slice(dollar));
                break;
            }
            const part = expandBraced(text.slice(dollar + 2, close), scope);
            value += part.value;
            unresolved.push(...part.unresolved);
            index = close + 1;
            continue;
        }
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(dollar + 1))?.[0];
        if (name === undefined) {
            value += '$';
            index = dollar + 1;
            continue;
        }
        const known = scope.get(name);
        if (typeof known === 'string')
            value += known;
        else
            unresolved.push(name);
        index = dollar + 1 + name.length;
    }
    return { value, unresolved };
}
function expandBraced(inner, scope) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:-|:\+)([\s\S]*))?$/.exec(inner);
    if (match === null)
        return { value: '', unresolved: [inner] };
    const [, name, modifier, word] = match;
    const known = scope.get(name);
    if (known === UNKNOWN)
        return { value: '', unresolved: [name] };
    if (modifier === ':-')
        return known === undefined || known === '' ? expand(word, scope) : { value: known, unresolved: [] };
    if (modifier === ':+')
        return known === undefined || known === '' ? { value: '', unresolved: [] } : expand(word, scope);
    return known === undefined ? { value: '', unresolved: [name] } : { value: known, unresolved: [] };
}
/** Index of the '}' closing the '{' at `open`, counting nested '${'; -1 if none. */
function matchingBrace(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '{')
            depth++;
        else if (text[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}


/***/ })

};
