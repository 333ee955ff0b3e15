export const id = 546;
export const ids = [546];
export const modules = {

/***/ 38450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ verifyAsn1Signature),
/* harmony export */   L: () => (/* binding */ HASH_OIDS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Signatures inside ASN.1 structures that Signet checks itself: a CMS SignerInfo (RFC 3161 tokens),
 * an OCSP BasicOCSPResponse and a CRL. Only SHA-2 with RSA PKCS #1 v1.5 or ECDSA is accepted (what TSAs,
 * OCSP responders and CAs use); SHA-1 is refused like SHA-1 certificates, and so, for now, is RSASSA-PSS.
 */

const HASH_OIDS = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512'
};
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
/** sha*WithRSAEncryption and ecdsa-with-SHA* → their hash (the key says which of RSA or ECDSA). */
const SIGNATURE_HASHES = {
    '1.2.840.113549.1.1.11': 'sha256',
    '1.2.840.113549.1.1.12': 'sha384',
    '1.2.840.113549.1.1.13': 'sha512',
    '1.2.840.10045.4.3.2': 'sha256',
    '1.2.840.10045.4.3.3': 'sha384',
    '1.2.840.10045.4.3.4': 'sha512'
};
/**
 * True when `signature` over `data` verifies with `key` under `algorithm`. CMS names a bare key
 * algorithm (rsaEncryption, id-ecPublicKey) and the digest apart: pass that digest as `digestOid`.
 * Throws (with the algorithm's OID) when the algorithm is not one Signet accepts.
 */
function verifyAsn1Signature(data, algorithm, signature, key, digestOid) {
    const oid = algorithm.algorithm;
    const hash = SIGNATURE_HASHES[oid];
    const digest = digestOid === undefined ? undefined : HASH_OIDS[digestOid];
    try {
        if (hash !== undefined)
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, data, key, signature);
        if ((oid === RSA_ENCRYPTION || oid === EC_PUBLIC_KEY) && digest !== undefined) {
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(digest, data, key, signature);
        }
    }
    catch {
        // OpenSSL throws on some malformed signatures instead of returning false.
        return false;
    }
    throw new Error(`unsupported signature algorithm ${oid}${digestOid ? ` with digest ${digestOid}` : ''}`);
}


/***/ }),

/***/ 92502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ ENVELOPE_MEDIA_TYPES),
  WQ: () => (/* binding */ addTimestamp),
  Ik: () => (/* binding */ envelope_countersignatureOf),
  vw: () => (/* binding */ decodeEnvelope),
  FG: () => (/* binding */ envelopeToSign),
  Y8: () => (/* binding */ notaryPayload),
  b_: () => (/* reexport */ signature_algorithms_signBytes),
  mY: () => (/* binding */ signatureVerifies),
  DB: () => (/* binding */ targetMatches),
  Yj: () => (/* binding */ verifyEnvelope)
});

// UNUSED EXPORTS: COSE_MEDIA_TYPE, JWS_MEDIA_TYPE, createEnvelope, notaryProtectedHeader

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/trust/chain-rules.ts
var chain_rules = __webpack_require__(10069);
// EXTERNAL MODULE: ./src/trust/certificates.ts
var certificates = __webpack_require__(75624);
// EXTERNAL MODULE: ./node_modules/cborg/cborg.js + 17 modules
var cborg = __webpack_require__(36288);
;// CONCATENATED MODULE: ./src/trust/cbor.ts
/**
 * CBOR (RFC 8949) as Signet must read and write signed documents, over `cborg`.
 *
 * Reading admits one reading only: definite lengths, integers and lengths in their shortest form, valid
 * UTF-8, map keys that are integers or text and never repeated, no trailing bytes, bounded nesting, and
 * tags only where the caller allows them. Whatever else a decoder might resolve one way or another (a
 * repeated key, a string a lenient decoder repairs) is refused, with a CborError and never another
 * exception, whatever the bytes: the input comes from a registry.
 *
 * Writing is RFC 8949 §4.2.1 core deterministic encoding (shortest forms, definite lengths, map keys
 * sorted by their encoded bytes), so the same value always gives the same bytes and the same digest.
 */


/** The bytes are not CBOR Signet reads. */
class CborError extends Error {
}
const DEFAULT_MAX_DEPTH = 16;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Decodes one CBOR data item that must fill `bytes`. Maps become `Map`s (keys: number, bigint, string),
 * byte strings `Uint8Array`s, allowed tags `Tagged`. Throws CborError.
 */
function decodeStrict(bytes, options) {
    const allowed = options.tags;
    const tagAllowed = typeof allowed === 'function' ? allowed : (tag) => allowed.includes(tag);
    const decodeOptions = {
        strict: true,
        allowIndefinite: false,
        useMaps: true,
        rejectDuplicateMapKeys: true,
        retainStringBytes: true,
        tags: TAGS_AS_TAGGED
    };
    const tokenizer = new CheckingTokenizer(bytes, decodeOptions, tagAllowed, options.maxDepth ?? DEFAULT_MAX_DEPTH);
    try {
        return (0,cborg/* decode */.D4)(bytes, { ...decodeOptions, tokenizer });
    }
    catch (error) {
        if (error instanceof CborError)
            throw error;
        // cborg's own refusals (truncation, non-shortest forms, indefinite lengths, repeated keys …).
        const message = error instanceof Error ? error.message.replace(/^CBOR decode error: /, '') : String(error);
        throw new CborError(message);
    }
}
/** RFC 8949 §4.2.1 core deterministic encoding of `value` (Maps, arrays, Uint8Arrays, text, integers, Tagged). */
function encodeDeterministic(value) {
    const bytes = (0,cborg/* encode */.lF)(value, cborg/* rfc8949EncodeOptions */.MY);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** Every tag decodes to a `Tagged`; CheckingTokenizer has already refused the ones not allowed. */
const TAGS_AS_TAGGED = new Proxy({}, {
    get: (_target, key) => typeof key === 'string' && /^\d+$/.test(key) ? cborg/* Tagged */.d2.decoder(Number(key)) : undefined
});
/**
 * cborg's tokenizer, checking what cborg does not: nesting depth, the type of map keys, UTF-8, and which
 * tags may appear where. Every refusal is a CborError before cborg builds anything from the token.
 */
class CheckingTokenizer extends cborg/* Tokenizer */._F {
    tagAllowed;
    maxDepth;
    open = [];
    constructor(data, options, tagAllowed, maxDepth) {
        super(data, options);
        this.tagAllowed = tagAllowed;
        this.maxDepth = maxDepth;
    }
    next() {
        const offset = this.pos();
        const token = super.next();
        const parent = this.open.at(-1);
        if (parent !== undefined) {
            if (parent.map && parent.read % 2 === 0 && !isKeyType(token)) {
                throw new CborError(`map key at byte ${offset} is a ${token.type.name}, not an integer or text`);
            }
            parent.read += 1;
            parent.remaining -= 1;
        }
        if (cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.string))
            checkUtf8(token, offset);
        if (cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.tag)) {
            const tag = token.value;
            if (typeof tag !== 'number' || !this.tagAllowed(tag, offset)) {
                throw new CborError(`tag ${String(tag)} at byte ${offset} is not allowed here`);
            }
            this.push({ remaining: 1, map: false, read: 0 });
        }
        else if (cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.array) || cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.map)) {
            const map = cborg/* Type */.ZU.equals(token.type, cborg/* Type */.ZU.map);
            const count = token.value;
            if (count > 0)
                this.push({ remaining: map ? count * 2 : count, map, read: 0 });
        }
        while (this.open.length > 0 && this.open[this.open.length - 1].remaining === 0)
            this.open.pop();
        return token;
    }
    push(frame) {
        this.open.push(frame);
        if (this.open.length > this.maxDepth)
            throw new CborError(`nested deeper than ${this.maxDepth} levels`);
    }
}
function isKeyType(token) {
    return [cborg/* Type */.ZU.uint, cborg/* Type */.ZU.negint, cborg/* Type */.ZU.string].some(type => cborg/* Type */.ZU.equals(token.type, type));
}
function checkUtf8(token, offset) {
    try {
        UTF8.decode(token.byteValue ?? new Uint8Array());
    }
    catch {
        throw new CborError(`text string at byte ${offset} is not valid UTF-8`);
    }
}

// EXTERNAL MODULE: ./src/trust/notary-envelope.ts
var notary_envelope = __webpack_require__(29434);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/trust/signature-algorithms.ts
/**
 * The Notary signing algorithms as bytes in, bytes out: RSASSA-PSS with salt = hash length and ECDSA
 * with raw r||s signatures, as JWS (RFC 7518) and COSE (RFC 9053) both encode them. Every envelope
 * format signs and verifies through here.
 */

const HASH_OF = {
    PS256: { name: 'sha256', bytes: 32 },
    PS384: { name: 'sha384', bytes: 48 },
    PS512: { name: 'sha512', bytes: 64 },
    ES256: { name: 'sha256', bytes: 32 },
    ES384: { name: 'sha384', bytes: 48 },
    ES512: { name: 'sha512', bytes: 64 }
};
/** Raw r||s signature length per ECDSA algorithm (two field elements of the curve). */
const ECDSA_SIGNATURE_BYTES = { ES256: 64, ES384: 96, ES512: 132 };
/**
 * A name of the algorithm table. Asked with `in`: an inherited name ('toString') passes here and is
 * refused later, as an algorithm the leaf key does not sign; verdict messages depend on that order.
 */
function isSigningAlgorithm(value) {
    return typeof value === 'string' && value in HASH_OF;
}
/** The hash `algorithm` signs with: also what a TSA is asked to timestamp the signature with. */
function hashOf(algorithm) {
    return HASH_OF[algorithm].name;
}
/** A raw signature with a key Signet holds (a PEM key). */
function signature_algorithms_signBytes(input, key, algorithm) {
    const hash = HASH_OF[algorithm];
    // PSS salt = hash length and raw r||s ECDSA signatures, as JWS (RFC 7518) and the Notary spec require.
    return algorithm.startsWith('PS')
        ? (0,external_node_crypto_.sign)(hash.name, input, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: hash.bytes })
        : (0,external_node_crypto_.sign)(hash.name, input, { key, dsaEncoding: 'ieee-p1363' });
}
/** True when `signature` over `input` verifies with `key` under `algorithm`; false for any malformed signature. */
function verifyBytes(input, signature, key, algorithm) {
    const hash = HASH_OF[algorithm];
    try {
        if (algorithm.startsWith('PS')) {
            // Any salt length, as notation-go (rsa.PSSSaltLengthAuto) and KMS signers that use the maximum:
            // the encoding fixes the salt length, so reading it from the signature admits no other message;
            // the salt only randomises the signer's output and pinning it adds no forgery resistance.
            const options = {
                key,
                padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING,
                saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_AUTO
            };
            return (0,external_node_crypto_.verify)(hash.name, input, options, signature);
        }
        if (signature.length !== ECDSA_SIGNATURE_BYTES[algorithm])
            return false;
        return (0,external_node_crypto_.verify)(hash.name, input, { key, dsaEncoding: 'ieee-p1363' }, signature);
    }
    catch {
        // OpenSSL throws on some malformed signatures (wrong length for the key) instead of returning false.
        return false;
    }
}

;// CONCATENATED MODULE: ./src/trust/cose.ts




const COSE_MEDIA_TYPE = 'application/cose';
/** Envelopes larger than this are refused unread, as for JWS (the Notary spec's limit). */
const MAX_COSE_ENVELOPE_BYTES = 32 * 1024 * 1024;
const TAG_COSE_SIGN1 = 18;
const TAG_EPOCH_TIME = 1;
/** The COSE labels of the parameters the rules read by their JWS names (RFC 9052 §3.1). */
const LABEL_OF_NAME = new Map([
    ['alg', 1],
    ['crit', 2],
    ['cty', 3]
]);
const NAME_OF_LABEL = new Map([...LABEL_OF_NAME].map(([name, label]) => [label, name]));
/** x5chain (RFC 9360): an array of DER certificates, leaf first. */
const X5CHAIN = 33;
/** COSE algorithm identifiers (IANA "COSE Algorithms") of the algorithms the Notary spec allows. */
const COSE_ALGORITHM = {
    PS256: -37,
    PS384: -38,
    PS512: -39,
    ES256: -7,
    ES384: -35,
    ES512: -36
};
const ALGORITHM_OF = new Map(Object.entries(COSE_ALGORITHM).map(([name, id]) => [id, name]));
/** Containers nest at most this deep in a Notary COSE envelope (tag > array > map > array, with room). */
const MAX_DEPTH = 8;
// ---------------------------------------------------------------------------------------------
// Reading
/** A COSE envelope as the Notary rules read it; a malformed-envelope error for anything but strict COSE_Sign1. */
function decodeCose(envelope) {
    const sign1 = parseSign1(envelope);
    const header = parseProtectedHeader(sign1.protected);
    for (const label of sign1.unprotected.keys()) {
        // RFC 9052 §3: a label must not appear in both buckets (which would a verifier read?).
        if (header.has(label))
            throw (0,notary_envelope.malformed)(`header ${String(label)} is both protected and unprotected`);
    }
    return {
        protectedHeader: namedHeader(header),
        decodeTime: epochTime,
        payload: sign1.payload,
        signingInput: sigStructure(sign1.protected, sign1.payload),
        signature: sign1.signature,
        certificateChain: () => parseChain(sign1.unprotected.get(X5CHAIN)).map((der, index) => (0,notary_envelope.chainCertificate)(der, `x5chain[${index}]`)),
        timestamped: sign1.unprotected.has(notary_envelope.NotaryHeader.timestampSignature),
        timestampToken: () => timestampToken(sign1.unprotected),
        withTimestampToken: token => {
            const unprotected = new Map(sign1.unprotected);
            unprotected.set(notary_envelope.NotaryHeader.timestampSignature, new Uint8Array(token));
            return encodeSign1({ ...sign1, unprotected });
        }
    };
}
/**
 * A COSE envelope's countersignature token and the signature it should cover; undefined when absent or
 * when the envelope is no COSE_Sign1. Lenient on purpose: it only tells a signer whether a signature it
 * finds already carries a token, which is then verified in full.
 */
function coseCountersignatureOf(envelope) {
    try {
        const sign1 = parseSign1(envelope);
        const token = timestampToken(sign1.unprotected);
        return token === undefined ? undefined : { token, signature: sign1.signature };
    }
    catch {
        return undefined;
    }
}
function parseSign1(envelope) {
    if (envelope.length > MAX_COSE_ENVELOPE_BYTES) {
        throw (0,notary_envelope.malformed)(`the COSE envelope is ${envelope.length} bytes, more than ${MAX_COSE_ENVELOPE_BYTES}`);
    }
    let message;
    try {
        // Tag 18 at the very start and nowhere else (go-cose reads the message with tags forbidden).
        message = decodeStrict(envelope, {
            tags: (tag, offset) => tag === TAG_COSE_SIGN1 && offset === 0,
            maxDepth: MAX_DEPTH
        });
    }
    catch (error) {
        throw cborError(error, 'the COSE envelope');
    }
    if (!(message instanceof cborg/* Tagged */.d2) || message.tag !== TAG_COSE_SIGN1) {
        throw (0,notary_envelope.malformed)('not a tagged COSE_Sign1 (CBOR tag 18)');
    }
    const members = message.value;
    if (!Array.isArray(members) || members.length !== 4) {
        throw (0,notary_envelope.malformed)('COSE_Sign1 is not an array of four members');
    }
    const [protectedBytes, unprotected, payload, signature] = members;
    if (!(protectedBytes instanceof Uint8Array))
        throw (0,notary_envelope.malformed)('the protected header is not a byte string');
    if (!isHeaderMap(unprotected))
        throw (0,notary_envelope.malformed)('the unprotected header is not a map');
    if (payload === null)
        throw (0,notary_envelope.malformed)('the payload is detached; a Notary envelope carries it');
    if (!(payload instanceof Uint8Array))
        throw (0,notary_envelope.malformed)('the payload is not a byte string');
    if (!(signature instanceof Uint8Array) || signature.length === 0) {
        throw (0,notary_envelope.malformed)('the signature is not a non-empty byte string');
    }
    return {
        protected: Buffer.from(protectedBytes),
        unprotected,
        payload: Buffer.from(payload),
        signature: Buffer.from(signature)
    };
}
function parseProtectedHeader(bytes) {
    if (bytes.length === 0)
        throw (0,notary_envelope.malformed)('the protected header is empty');
    let header;
    try {
        // Any tag may appear in a protected header (tag 1 does); only the Notary times are read as tags.
        header = decodeStrict(bytes, { tags: () => true, maxDepth: MAX_DEPTH });
    }
    catch (error) {
        throw cborError(error, 'the protected header');
    }
    if (!isHeaderMap(header))
        throw (0,notary_envelope.malformed)('the protected header is not a map');
    return header;
}
/**
 * The protected header under the names the rules read: labels 1, 2 and 3 as 'alg', 'crit' and 'cty'
 * (the algorithm as its SigningAlgorithm name; crit's labels renamed alike), text labels as they are.
 * Other integer labels have no name the rules know; one listed in crit stays a number, which the rules
 * refuse. A text label spelling one of those names would be read twice: refused.
 */
function namedHeader(header) {
    // No prototype: a label "__proto__" or "toString" is a label like any other.
    const named = Object.create(null);
    for (const [label, value] of header) {
        if (typeof label === 'string') {
            if (LABEL_OF_NAME.has(label))
                throw (0,notary_envelope.malformed)(`the protected header has a text label "${label}"`);
            named[label] = value;
        }
        else if (NAME_OF_LABEL.has(label)) {
            named[NAME_OF_LABEL.get(label)] = value;
        }
    }
    if (named.alg !== undefined)
        named.alg = algorithmName(named.alg);
    if (Array.isArray(named.crit)) {
        named.crit = named.crit.map(entry => NAME_OF_LABEL.get(entry) ?? entry);
    }
    return named;
}
/** COSE numbers algorithms; a number the Notary spec does not allow stays a number, which the rules refuse. */
function algorithmName(alg) {
    if (typeof alg === 'number')
        return ALGORITHM_OF.get(alg) ?? alg;
    // A text algorithm ('PS384') is a COSE name no registry defines; taken as JWS's, it would pass.
    throw new errors/* VerificationError */.mk(`unsupported signature algorithm ${JSON.stringify(alg)} (COSE numbers its algorithms)`);
}
/** A Notary time: CBOR tag 1 over epoch seconds (notation writes integers; RFC 8949 also allows floats). */
function epochTime(value, name) {
    if (!(value instanceof cborg/* Tagged */.d2) || value.tag !== TAG_EPOCH_TIME) {
        throw (0,notary_envelope.malformed)(`${name} is not a CBOR tag 1 epoch time`);
    }
    const seconds = value.value;
    const time = typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined;
    if (time === undefined || Number.isNaN(time.getTime()))
        throw (0,notary_envelope.malformed)(`${name} is not an epoch time`);
    return time;
}
/** x5chain as notation writes and reads it: an array of DER certificates, even for one. */
function parseChain(value) {
    if (!Array.isArray(value) || value.length === 0) {
        throw (0,notary_envelope.malformed)('x5chain (label 33) is not a non-empty array of certificates');
    }
    return value.map((entry, index) => {
        if (!(entry instanceof Uint8Array))
            throw (0,notary_envelope.malformed)(`x5chain[${index}] is not a byte string`);
        return Buffer.from(entry);
    });
}
function timestampToken(unprotected) {
    const value = unprotected.get(notary_envelope.NotaryHeader.timestampSignature);
    if (value === undefined)
        return undefined;
    if (!(value instanceof Uint8Array))
        throw (0,notary_envelope.malformed)(`${notary_envelope.NotaryHeader.timestampSignature} is not a byte string`);
    return value.length === 0 ? undefined : Buffer.from(value);
}
function isHeaderMap(value) {
    return value instanceof Map && [...value.keys()].every(isLabel);
}
function isLabel(value) {
    return (typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'string';
}
function cborError(error, what) {
    return error instanceof CborError ? (0,notary_envelope.malformed)(`${what} is not strict CBOR: ${error.message}`) : error;
}
/** Sig_structure for COSE_Sign1 (RFC 9052 §4.4), no external data. */
function sigStructure(protectedBytes, payload) {
    return encodeDeterministic(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}
// ---------------------------------------------------------------------------------------------
// Writing
/**
 * The encoded protected header and payload. `header` is by member name, as the rules read it ('alg' a
 * SigningAlgorithm name, 'crit', 'cty', io.cncf.notary.* names); times are Dates, written as tag 1 over
 * whole seconds, as notation writes them.
 */
function encodeCoseParts(header, payload) {
    const labelled = new Map();
    for (const [name, value] of Object.entries(header)) {
        labelled.set(LABEL_OF_NAME.get(name) ?? name, coseValue(name, value));
    }
    const encoded = encodeDeterministic(labelled);
    return { protected: encoded, payload, signingInput: sigStructure(encoded, payload) };
}
function coseValue(name, value) {
    if (name === 'alg' && isSigningAlgorithm(value))
        return COSE_ALGORITHM[value];
    if (name === 'crit' && Array.isArray(value)) {
        return value.map(entry => LABEL_OF_NAME.get(entry) ?? entry);
    }
    if (value instanceof Date)
        return new cborg/* Tagged */.d2(TAG_EPOCH_TIME, Math.floor(value.getTime() / 1000));
    return value;
}
/** The tagged COSE_Sign1 around `parts` and a raw `signature`, with the chain as x5chain and `unprotected` after it. */
function assembleCose(parts, signature, chain, unprotected) {
    const header = new Map([
        [X5CHAIN, chain.map(cert => new Uint8Array(cert.rawData))],
        ...Object.entries(unprotected)
    ]);
    return encodeSign1({ protected: parts.protected, unprotected: header, payload: parts.payload, signature });
}
function encodeSign1(sign1) {
    return encodeDeterministic(new cborg/* Tagged */.d2(TAG_COSE_SIGN1, [sign1.protected, sign1.unprotected, sign1.payload, sign1.signature]));
}

;// CONCATENATED MODULE: ./src/trust/jws.ts

const JWS_MEDIA_TYPE = 'application/jose+json';
const JWS_MEMBERS = ['header', 'payload', 'protected', 'signature'];
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** The envelope's members, each checked for its JWS encoding; a malformed-envelope error otherwise. */
function parseJws(envelope) {
    const parsed = (0,notary_envelope.parseJsonObject)(Buffer.from(envelope).toString('utf8'), 'the envelope');
    const members = Object.keys(parsed).sort();
    if (members.join() !== JWS_MEMBERS.join()) {
        throw (0,notary_envelope.malformed)(`expected exactly the members payload, protected, header, signature (got ${members.join(', ')})`);
    }
    for (const member of ['payload', 'protected', 'signature']) {
        const value = parsed[member];
        if (typeof value !== 'string' || !BASE64URL.test(value) || value.length % 4 === 1 || value === '') {
            throw (0,notary_envelope.malformed)(`${member} is not unpadded base64url`);
        }
    }
    if (!(0,notary_envelope.isObject)(parsed.header))
        throw (0,notary_envelope.malformed)('header is not a JSON object');
    return parsed;
}
/** A JWS envelope as the Notary rules read it (its protected header parsed as strict JSON). */
function decodeJws(envelope) {
    const jws = parseJws(envelope);
    const protectedHeader = (0,notary_envelope.parseJsonObject)(Buffer.from(jws.protected, 'base64url').toString('utf8'), 'the protected header');
    return {
        protectedHeader,
        decodeTime: parseTime,
        payload: Buffer.from(jws.payload, 'base64url'),
        signingInput: Buffer.from(`${jws.protected}.${jws.payload}`),
        signature: Buffer.from(jws.signature, 'base64url'),
        certificateChain: () => parseCertificateChain(jws.header),
        timestamped: notary_envelope.NotaryHeader.timestampSignature in jws.header,
        timestampToken: () => jws_timestampToken(jws.header),
        withTimestampToken: token => Buffer.from(JSON.stringify({
            ...jws,
            header: { ...jws.header, [notary_envelope.NotaryHeader.timestampSignature]: token.toString('base64') }
        }))
    };
}
function parseTime(value, name) {
    const time = typeof value === 'string' && RFC3339.test(value) ? new Date(value) : undefined;
    if (time === undefined || Number.isNaN(time.getTime()))
        throw (0,notary_envelope.malformed)(`${name} is not an RFC 3339 time`);
    return time;
}
function parseCertificateChain(header) {
    const x5c = header.x5c;
    if (!Array.isArray(x5c) || x5c.length === 0)
        throw (0,notary_envelope.malformed)('x5c holds no certificate');
    return x5c.map((entry, index) => {
        if (typeof entry !== 'string' || !BASE64.test(entry) || entry.length % 4 !== 0) {
            throw (0,notary_envelope.malformed)(`x5c[${index}] is not standard base64`);
        }
        return (0,notary_envelope.chainCertificate)(Buffer.from(entry, 'base64'), `x5c[${index}]`);
    });
}
function jws_timestampToken(header) {
    const encoded = header[notary_envelope.NotaryHeader.timestampSignature];
    if (encoded === undefined || encoded === '')
        return undefined;
    if (typeof encoded !== 'string' || !BASE64.test(encoded) || encoded.length % 4 !== 0) {
        throw (0,notary_envelope.malformed)(`${notary_envelope.NotaryHeader.timestampSignature} is not standard base64`);
    }
    return Buffer.from(encoded, 'base64');
}
/**
 * An envelope's countersignature token and the signature value it should cover; undefined when absent
 * or when the envelope is no JWS. Lenient on purpose: it only tells a signer whether a signature it
 * finds already carries a token, which is then verified in full.
 */
function countersignatureOf(envelope) {
    try {
        const jws = parseJws(envelope);
        const token = jws.header[notary_envelope.NotaryHeader.timestampSignature];
        if (typeof token !== 'string' || token === '')
            return undefined;
        return { token: Buffer.from(token, 'base64'), signature: Buffer.from(jws.signature, 'base64url') };
    }
    catch {
        return undefined;
    }
}
/** The encoded protected header (time values as RFC 3339 seconds, in member order) and payload. */
function encodeJwsParts(header, payload) {
    const encoded = Object.fromEntries(Object.entries(header).map(([name, value]) => [
        name,
        value instanceof Date ? (0,notary_envelope.rfc3339Seconds)(value) : value
    ]));
    const encodedProtected = Buffer.from(JSON.stringify(encoded)).toString('base64url');
    const encodedPayload = payload.toString('base64url');
    return {
        protected: encodedProtected,
        payload: encodedPayload,
        signingInput: Buffer.from(`${encodedProtected}.${encodedPayload}`)
    };
}
/** The flattened JWS JSON around `parts` and a raw `signature`, with the chain as `x5c` and `unprotected` after it. */
function assembleJws(parts, signature, chain, unprotected) {
    const envelope = {
        payload: parts.payload,
        protected: parts.protected,
        header: {
            x5c: chain.map(cert => Buffer.from(cert.rawData).toString('base64')),
            ...unprotected
        },
        signature: signature.toString('base64url')
    };
    return Buffer.from(JSON.stringify(envelope));
}

// EXTERNAL MODULE: ./src/trust/key-description.ts
var key_description = __webpack_require__(30454);
// EXTERNAL MODULE: ./src/trust/timestamp.ts
var trust_timestamp = __webpack_require__(5026);
// EXTERNAL MODULE: ./src/trust/trusted-identities.ts
var trusted_identities = __webpack_require__(67952);
;// CONCATENATED MODULE: ./src/trust/envelope.ts











/** The envelope formats Signet signs in (`signature-format`, as notation's `--signature-format`), by media type. */
const ENVELOPE_MEDIA_TYPES = { jws: JWS_MEDIA_TYPE, cose: COSE_MEDIA_TYPE };
/** The envelope formats verifyEnvelope reads, by media type. */
const FORMATS = new Map([
    [JWS_MEDIA_TYPE, { decode: decodeJws, countersignatureOf: countersignatureOf }],
    [COSE_MEDIA_TYPE, { decode: decodeCose, countersignatureOf: coseCountersignatureOf }]
]);
const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json';
const SIGNING_SCHEME_X509 = 'notary.x509';
/** Critical headers this verifier understands; any other entry of `crit` fails verification, as the spec requires. */
const UNDERSTOOD_CRITICAL = [notary_envelope.NotaryHeader.signingScheme, notary_envelope.NotaryHeader.expiry];
// ---------------------------------------------------------------------------------------------
// Signing
/** An envelope (JWS unless `options.format` says cose) signing `target` (its media type, digest, size and annotations). */
function createEnvelope(target, identity, options) {
    const parts = envelopeToSign(target, identity.algorithm, options);
    return parts.assemble(signBytes(parts.signingInput, identity.key, identity.algorithm), identity.chain);
}
/** The protected header and payload for `target`, signed with `algorithm`, in the format asked. */
function envelopeToSign(target, algorithm, options) {
    const header = notaryProtectedHeader(algorithm, options);
    const payload = Buffer.from(JSON.stringify(notaryPayload(target)));
    const unprotected = { [notary_envelope.NotaryHeader.signingAgent]: options.signingAgent };
    if (options.format === 'cose') {
        const parts = encodeCoseParts(header, payload);
        return {
            mediaType: COSE_MEDIA_TYPE,
            signingInput: parts.signingInput,
            assemble: (signature, chain) => assembleCose(parts, signature, chain, unprotected)
        };
    }
    const parts = encodeJwsParts(header, payload);
    return {
        mediaType: JWS_MEDIA_TYPE,
        signingInput: parts.signingInput,
        assemble: (signature, chain) => assembleJws(parts, signature, chain, unprotected)
    };
}
/**
 * The protected header a signature made with `algorithm` carries, by member name, times as Dates (each
 * format encodes them its own way): the signing scheme and time, and the expiry when one is asked, each
 * listed in `crit` as the specification requires.
 */
function notaryProtectedHeader(algorithm, options) {
    const header = {
        alg: algorithm,
        cty: PAYLOAD_CONTENT_TYPE,
        [notary_envelope.NotaryHeader.signingScheme]: SIGNING_SCHEME_X509,
        [notary_envelope.NotaryHeader.signingTime]: options.signingTime ?? new Date(),
        crit: [notary_envelope.NotaryHeader.signingScheme]
    };
    if (options.expiry !== undefined) {
        header[notary_envelope.NotaryHeader.expiry] = options.expiry;
        header.crit = [notary_envelope.NotaryHeader.signingScheme, notary_envelope.NotaryHeader.expiry];
    }
    return header;
}
/** The Notary payload (`{"targetArtifact": …}`) for `target`. */
function notaryPayload(target) {
    return { targetArtifact: payloadDescriptor(target) };
}
/** True when `signature` over `input` verifies with the leaf's public key under `algorithm`. */
function signatureVerifies(input, signature, leaf, algorithm) {
    return verifyBytes(input, signature, (0,certificates/* publicKeyOf */.kc)(leaf), algorithm);
}
/**
 * Adds an RFC 3161 countersignature to a finished envelope of `mediaType`: `stamp` gets the signature
 * value (the bytes the spec says a TSA timestamps, in either format) and the hash of the envelope's own
 * algorithm (what notation asks the TSA for), and returns the DER token, which goes into the unprotected
 * header. Nothing signed changes.
 */
async function addTimestamp(envelope, mediaType, stamp) {
    const decoded = decodeEnvelope(envelope, mediaType);
    const { alg } = checkProtectedHeader(decoded);
    const token = await stamp(decoded.signature, hashOf(alg));
    return decoded.withTimestampToken(token);
}
/**
 * An envelope's countersignature token and the signature value it should cover; undefined when absent,
 * unreadable, or of a format Signet does not read. Lenient on purpose: it only tells a signer whether a
 * signature it finds already carries a token, which is then verified in full.
 */
function envelope_countersignatureOf(envelope, mediaType) {
    return FORMATS.get(mediaType)?.countersignatureOf(envelope);
}
/** An envelope of `mediaType` as the Notary rules read it, its format's syntax checked; nothing verified yet. */
function decodeEnvelope(envelope, mediaType) {
    const format = FORMATS.get(mediaType);
    if (format === undefined)
        throw new errors/* VerificationError */.mk(`unsupported signature envelope type ${mediaType}`);
    return format.decode(envelope);
}
function payloadDescriptor(target) {
    const descriptor = { mediaType: target.mediaType, digest: target.digest, size: target.size };
    if (target.annotations !== undefined && Object.keys(target.annotations).length > 0) {
        descriptor.annotations = target.annotations;
    }
    return descriptor;
}
// ---------------------------------------------------------------------------------------------
// Verification
/**
 * Verifies an envelope. Integrity (format, critical headers, signing scheme, algorithm, signature) is
 * always enforced; authenticity (chain to a trusted root, valid at signing time; trusted identity) is
 * logged only at `audit`; "certificates valid now" and expiry are logged at `permissive` and `audit`.
 * Throws VerificationError with one line naming the first enforced check that failed.
 */
function verifyEnvelope(envelope, mediaType, options) {
    const level = options.level ?? 'strict';
    if (level === 'skip')
        throw new Error("verifyEnvelope: level 'skip' means the caller verifies nothing");
    const now = options.now ?? new Date();
    const decoded = decodeEnvelope(envelope, mediaType);
    const header = checkProtectedHeader(decoded);
    const target = parsePayload(decoded.payload);
    const chain = decoded.certificateChain();
    checkSignature(decoded, header.alg, chain[0]);
    const warnings = [];
    const check = (enforced, run) => {
        try {
            run();
            return true;
        }
        catch (error) {
            if (enforced || !(error instanceof errors/* VerificationError */.mk))
                throw error;
            warnings.push(error.message);
            return false;
        }
    };
    const authenticityEnforced = level !== 'audit';
    const timeEnforced = level === 'strict';
    const trustedChain = check(authenticityEnforced, () => {
        (0,chain_rules/* checkChainStructure */.jV)(chain, header.signingTime);
        (0,chain_rules/* checkTrusted */.E4)(chain, options.trustRoots);
    });
    const trustedSigner = check(authenticityEnforced, () => {
        if (!(0,trusted_identities/* identityMatches */.aK)(chain[0], options.trustedIdentities)) {
            throw new errors/* VerificationError */.mk(`signer "${(0,certificates/* subjectOf */.et)(chain[0])}" is not a trusted identity (trusted: ${(0,trusted_identities/* formatIdentities */.WU)(options.trustedIdentities)})`);
        }
    });
    let timestamp;
    check(timeEnforced, () => {
        timestamp = checkAuthenticTime(decoded, chain, now, options.timestamp);
    });
    check(timeEnforced, () => {
        if (header.expiry !== undefined && now > header.expiry) {
            throw new errors/* VerificationError */.mk(`signature expired on ${(0,notary_envelope.rfc3339Seconds)(header.expiry)}`);
        }
    });
    return {
        target,
        signer: (0,certificates/* subjectOf */.et)(chain[0]),
        signingTime: header.signingTime,
        expiry: header.expiry,
        algorithm: header.alg,
        chain,
        timestamp,
        timestamped: decoded.timestamped,
        warnings,
        authentic: trustedChain && trustedSigner
    };
}
/**
 * The trust policy spec's "authentic timestamp" for notary.x509: with TSA trust configured (and, under
 * `afterCertExpiry`, a certificate of the chain expired), a countersignature must be present and verify,
 * and genTime ± accuracy must lie within every certificate's validity; otherwise every certificate must
 * be valid now. Returns the verified timestamp, if one was required.
 */
function checkAuthenticTime(decoded, chain, now, tsa) {
    const expired = chain.some(cert => now > cert.notAfter);
    if (tsa === undefined || (tsa.verify === 'afterCertExpiry' && !expired)) {
        (0,chain_rules/* checkValidAt */.AK)(chain, now);
        return undefined;
    }
    const token = decoded.timestampToken();
    if (token === undefined) {
        throw new errors/* VerificationError */.mk('no timestamp countersignature was found in the signature envelope');
    }
    const timestamp = (0,trust_timestamp.verifyTimestampToken)(token, decoded.signature, tsa.roots);
    for (const cert of chain) {
        if (timestamp.lower < cert.notBefore) {
            throw new errors/* VerificationError */.mk(`timestamp: ${(0,notary_envelope.rfc3339Seconds)(timestamp.time)} may be before "${(0,certificates/* subjectOf */.et)(cert)}" became valid (${(0,notary_envelope.rfc3339Seconds)(cert.notBefore)})`);
        }
        if (timestamp.upper > cert.notAfter) {
            throw new errors/* VerificationError */.mk(`timestamp: ${(0,notary_envelope.rfc3339Seconds)(timestamp.time)} may be after "${(0,certificates/* subjectOf */.et)(cert)}" expired (${(0,notary_envelope.rfc3339Seconds)(cert.notAfter)})`);
        }
    }
    return timestamp;
}
/** undefined when the signed target and the resolved descriptor agree on digest, size and media type. */
function targetMatches(target, resolved) {
    const differences = [];
    if (target.digest !== resolved.digest)
        differences.push(`digest ${target.digest} is not ${resolved.digest}`);
    if (target.size !== resolved.size)
        differences.push(`size ${target.size} is not ${resolved.size}`);
    if (target.mediaType !== resolved.mediaType) {
        differences.push(`media type ${target.mediaType} is not ${resolved.mediaType}`);
    }
    return differences.length === 0 ? undefined : `signed ${differences.join('; ')}`;
}
/** The signing scheme, critical headers, algorithm, content type and times the specification requires. */
function checkProtectedHeader(decoded) {
    const header = decoded.protectedHeader;
    const scheme = header[notary_envelope.NotaryHeader.signingScheme];
    if (scheme === undefined)
        throw (0,notary_envelope.malformed)(`the protected header lacks ${notary_envelope.NotaryHeader.signingScheme}`);
    if (scheme !== SIGNING_SCHEME_X509)
        throw new errors/* VerificationError */.mk(`unsupported signing scheme ${String(scheme)}`);
    const crit = header.crit;
    if (!Array.isArray(crit) || crit.length === 0 || !crit.every(entry => typeof entry === 'string')) {
        throw (0,notary_envelope.malformed)('the protected header "crit" must be a non-empty array of strings');
    }
    for (const name of crit) {
        if (!UNDERSTOOD_CRITICAL.includes(name))
            throw new errors/* VerificationError */.mk(`unknown critical header ${name}`);
        if (!(name in header))
            throw (0,notary_envelope.malformed)(`critical header ${name} is not present`);
    }
    for (const name of UNDERSTOOD_CRITICAL) {
        if (name in header && !crit.includes(name))
            throw (0,notary_envelope.malformed)(`${name} must be listed in "crit"`);
    }
    if (notary_envelope.NotaryHeader.verificationPlugin in header) {
        throw new errors/* VerificationError */.mk(`the signature requires verification plugin ${String(header[notary_envelope.NotaryHeader.verificationPlugin])}`);
    }
    if (notary_envelope.NotaryHeader.authenticSigningTime in header) {
        throw (0,notary_envelope.malformed)(`${notary_envelope.NotaryHeader.authenticSigningTime} must not be present with signing scheme ${SIGNING_SCHEME_X509}`);
    }
    const alg = header.alg;
    if (!isSigningAlgorithm(alg))
        throw new errors/* VerificationError */.mk(`unsupported signature algorithm ${String(alg)}`);
    if (header.cty !== PAYLOAD_CONTENT_TYPE)
        throw (0,notary_envelope.malformed)(`content type (cty) is ${String(header.cty)}, not ${PAYLOAD_CONTENT_TYPE}`);
    const time = (name) => header[name] === undefined ? undefined : decoded.decodeTime(header[name], name);
    const signingTime = time(notary_envelope.NotaryHeader.signingTime);
    if (signingTime === undefined)
        throw (0,notary_envelope.malformed)(`the protected header lacks ${notary_envelope.NotaryHeader.signingTime}`);
    return { alg, signingTime, expiry: time(notary_envelope.NotaryHeader.expiry) };
}
function parsePayload(payload) {
    const parsed = (0,notary_envelope.parseJsonObject)(payload.toString('utf8'), 'the payload', ['targetArtifact.annotations']);
    const target = parsed.targetArtifact;
    if (!(0,notary_envelope.isObject)(target))
        throw (0,notary_envelope.malformed)('the payload has no targetArtifact object');
    const { mediaType, digest, size, annotations } = target;
    if (typeof mediaType !== 'string' || mediaType === '')
        throw (0,notary_envelope.malformed)('targetArtifact.mediaType is missing');
    if (typeof digest !== 'string' || !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest)) {
        throw (0,notary_envelope.malformed)('targetArtifact.digest is not a digest');
    }
    // Go decodes size into an int64: '1e1' or '10.0' fail there, so they fail here too.
    const sizeText = parsed[notary_envelope.NUMBERS]?.get('targetArtifact.size') ?? '';
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || !/^(0|[1-9]\d*)$/.test(sizeText))
        throw (0,notary_envelope.malformed)('targetArtifact.size is not a size');
    const descriptor = { mediaType, digest, size };
    if (annotations !== undefined) {
        if (!(0,notary_envelope.isObject)(annotations) || !Object.values(annotations).every(value => typeof value === 'string')) {
            throw (0,notary_envelope.malformed)('targetArtifact.annotations is not a map of strings');
        }
        descriptor.annotations = annotations;
    }
    return descriptor;
}
function checkSignature(decoded, alg, leaf) {
    const key = (0,certificates/* publicKeyOf */.kc)(leaf);
    const { description, algorithm } = (0,key_description/* describeKey */.Rx)(key);
    if (algorithm === undefined)
        throw new errors/* VerificationError */.mk(`the leaf certificate has ${(0,key_description/* unsupportedKeyReason */.JL)(description)} (supported: ${key_description/* SUPPORTED_KEYS */.Iu})`);
    if (algorithm !== alg) {
        throw new errors/* VerificationError */.mk(`alg ${alg} does not match the ${description} leaf key (expects ${algorithm})`);
    }
    if (!verifyBytes(decoded.signingInput, decoded.signature, key, alg)) {
        throw new errors/* VerificationError */.mk('signature does not verify');
    }
}


/***/ }),

/***/ 29434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NUMBERS: () => (/* binding */ NUMBERS),
/* harmony export */   NotaryHeader: () => (/* binding */ NotaryHeader),
/* harmony export */   chainCertificate: () => (/* binding */ chainCertificate),
/* harmony export */   isObject: () => (/* binding */ isObject),
/* harmony export */   malformed: () => (/* binding */ malformed),
/* harmony export */   parseJsonObject: () => (/* binding */ parseJsonObject),
/* harmony export */   rfc3339Seconds: () => (/* binding */ rfc3339Seconds)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75624);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79976);



/** Header names of the Notary Project signature specification (v1.1). */
const NotaryHeader = {
    signingScheme: 'io.cncf.notary.signingScheme',
    signingTime: 'io.cncf.notary.signingTime',
    authenticSigningTime: 'io.cncf.notary.authenticSigningTime',
    expiry: 'io.cncf.notary.expiry',
    verificationPlugin: 'io.cncf.notary.verificationPlugin',
    signingAgent: 'io.cncf.notary.signingAgent',
    timestampSignature: 'io.cncf.notary.timestampSignature'
};
function malformed(reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`malformed envelope: ${reason}`);
}
/** The literal text of each number of a parsed object, kept off its enumerable members. */
const NUMBERS = Symbol('numbers');
/**
 * A JSON object read once for every verifier: keys that collide under Go's case-insensitive matching
 * (notation reads these documents with encoding/json) are refused, as are duplicates, which JSON.parse
 * and Go would resolve silently and perhaps differently (strict-json.ts). `maps` are exact-key maps.
 */
function parseJsonObject(text, what, maps = []) {
    let parsed;
    try {
        parsed = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStrictJson */ .R)(text, maps);
    }
    catch (error) {
        if (error instanceof _strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .StrictJsonError */ .U && error.collision) {
            throw malformed(`${what}: ${error.message}`);
        }
        throw malformed(`${what} is not JSON`);
    }
    if (!isObject(parsed.value))
        throw malformed(`${what} is not a JSON object`);
    return Object.assign(parsed.value, { [NUMBERS]: parsed.numbers });
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** One certificate of an envelope's chain, from its DER; `name` says where it sat (e.g. 'x5c[1]'). */
function chainCertificate(der, name) {
    let cert;
    try {
        cert = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFromDer */ .VJ)(der);
        (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyOf */ .kc)(cert);
    }
    catch {
        throw malformed(`${name} is not a DER X.509 certificate`);
    }
    // A parser may stop at the end of the certificate; bytes after it would go unsigned and unseen.
    if (derLength(der) !== der.length)
        throw malformed(`${name} has bytes after the certificate`);
    return cert;
}
/** The length of a DER value from its tag and length octets (definite form, as DER requires). */
function derLength(der) {
    if (der.length < 2)
        return -1;
    const first = der[1];
    if (first < 0x80)
        return 2 + first;
    const octets = first & 0x7f;
    if (octets === 0 || octets > 4 || der.length < 2 + octets)
        return -1;
    return 2 + octets + der.readUIntBE(2, octets);
}
/** RFC 3339 with second precision, UTC: what notation writes and what the spec's examples show. */
function rfc3339Seconds(date) {
    return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 6062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* reexport safe */ _certificates_js__WEBPACK_IMPORTED_MODULE_0__.Kn),
/* harmony export */   Rx: () => (/* reexport safe */ _key_description_js__WEBPACK_IMPORTED_MODULE_2__.Rx),
/* harmony export */   et: () => (/* reexport safe */ _certificates_js__WEBPACK_IMPORTED_MODULE_0__.et),
/* harmony export */   kc: () => (/* reexport safe */ _certificates_js__WEBPACK_IMPORTED_MODULE_0__.kc)
/* harmony export */ });
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75624);
/* harmony import */ var _chain_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10069);
/* harmony import */ var _key_description_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30454);
/* harmony import */ var _signing_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95684);
/* harmony import */ var _trusted_identities_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67952);
/**
 * Keys, certificate chains and trusted identities, with the Notary Project's certificate rules: one
 * import for callers outside trust/. Each subject has its own module:
 * - certificates.ts: PEM certificate loading and the certificate primitives;
 * - signing-identity.ts: the private key and chain to sign with;
 * - chain-rules.ts: chain validation (structure, CA rules, leaf rules, validity, trust);
 * - trusted-identities.ts: `x509.subject:` identities (parse, format, match);
 * - key-description.ts: what a key is and the algorithm it signs with.
 */







/***/ }),

/***/ 6792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkChainRevocation: () => (/* binding */ checkChainRevocation),
/* harmony export */   describeRevocation: () => (/* binding */ describeRevocation),
/* harmony export */   revocationProblem: () => (/* binding */ revocationProblem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19911);
/* harmony import */ var _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _asn1_signature_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38450);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3257);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75624);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28336);
/**
 * Revocation of a certificate chain (the trust policy spec's "certificate revocation evaluation"): for
 * each certificate, OCSP at its AIA responders first, then the CRLs of its distribution points when OCSP
 * gives no answer; a certificate with neither is not revocable. Only base CRLs are used (a delta CRL, or
 * a base CRL that points to one, leaves the status unknown).
 *
 * OCSP: a signed response by the issuer or by a delegated responder (issued by the issuer, OCSPSigning
 * EKU, valid now), a single response for this certificate with thisUpdate ≤ now ≤ nextUpdate (nextUpdate
 * required, as notation does). CRL: signed by the issuer, issued under its name, thisUpdate ≤ now ≤
 * nextUpdate. A revoked certificate whose entry states an invalidity date after a trusted timestamp is
 * treated as good, per the spec's rule; any other revocation stands.
 *
 * A CRL Signet cannot fully read is not used (RFC 5280 §5.2, §5.3, §6.3.3): a critical extension it does
 * not process, on the CRL or on any entry; an indirect CRL; an issuing distribution point whose scope
 * leaves this certificate out (CA or end-entity only, attribute certificates only, some reasons only, or
 * another distribution point). "Not listed" in such a CRL proves nothing, so the status stays unknown.
 */








const OID = {
    aia: '1.3.6.1.5.5.7.1.1',
    ocsp: '1.3.6.1.5.5.7.48.1',
    crlDistributionPoints: '2.5.29.31',
    deltaCrlIndicator: '2.5.29.27',
    freshestCrl: '2.5.29.46',
    crlReason: '2.5.29.21',
    invalidityDate: '2.5.29.24',
    holdInstructionCode: '2.5.29.23',
    certificateIssuer: '2.5.29.29',
    authorityKeyIdentifier: '2.5.29.35',
    issuerAltName: '2.5.29.18',
    crlNumber: '2.5.29.20',
    issuingDistributionPoint: '2.5.29.28',
    ocspSigning: '1.3.6.1.5.5.7.3.9',
    extKeyUsage: '2.5.29.37',
    sha1: '1.3.14.3.2.26'
};
const OCSP_TIMEOUT_MS = 5_000;
const CRL_TIMEOUT_MS = 5_000;
const OCSP_MAX_BYTES = 64 * 1024;
const CRL_MAX_BYTES = 8 * 1024 * 1024;
/**
 * CRL extensions read or safely ignored (RFC 5280 §5.2); a critical one outside this set makes the CRL
 * unusable. Delta CRL indicator and Freshest CRL are refused on their own, critical or not.
 */
const PROCESSED_CRL_EXTENSIONS = new Set([
    OID.authorityKeyIdentifier,
    OID.issuerAltName,
    OID.crlNumber,
    OID.issuingDistributionPoint
]);
/** CRL entry extensions read or safely ignored (§5.3); certificateIssuer means an indirect CRL, refused. */
const PROCESSED_ENTRY_EXTENSIONS = new Set([OID.crlReason, OID.invalidityDate, OID.holdInstructionCode]);
/** Clock skew allowed between this machine and a responder for thisUpdate. */
const SKEW_MS = 5 * 60 * 1000;
/** Every certificate's status, leaf first, checked side by side. */
function checkChainRevocation(chain, options) {
    return Promise.all(chain.map((cert, index) => checkCertificate(cert, chain[index + 1] ?? cert, options)));
}
/** The first certificate that is revoked, else the first whose status is unknown; undefined when all pass. */
function revocationProblem(results) {
    return (results.find(result => result.status === 'revoked') ?? results.find(result => result.status === 'unknown'));
}
/** One line for a revoked or unknown certificate, as a rejection or a warning. */
function describeRevocation(result, role = 'certificate') {
    if (result.status === 'revoked') {
        const when = result.revokedAt ? ` on ${result.revokedAt.toISOString().replace('.000Z', 'Z')}` : '';
        return `${role} "${result.subject}" is revoked${when}${result.reason ? ` (${result.reason})` : ''} according to ${result.source} ${result.url}`;
    }
    return `${role} "${result.subject}" revocation status is unknown: ${result.detail ?? 'no answer'}`;
}
async function checkCertificate(cert, issuer, options) {
    const subject = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(cert);
    const ocspUrls = accessUrls(cert);
    const crlUrls = distributionPointUrls(cert);
    if (ocspUrls.length === 0 && crlUrls.length === 0)
        return { subject, status: 'not revocable' };
    if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .isSelfSigned */ .Nl)(cert) && cert !== issuer)
        return { subject, status: 'not revocable' };
    const failures = [];
    for (const url of ocspUrls) {
        try {
            return { subject, source: 'OCSP', url, ...(await ocspStatus(cert, issuer, url, options)) };
        }
        catch (error) {
            failures.push(`OCSP ${url}: ${error.message}`);
        }
    }
    for (const url of crlUrls) {
        try {
            return { subject, source: 'CRL', url, ...(await crlStatus(cert, issuer, url, options)) };
        }
        catch (error) {
            failures.push(`CRL ${url}: ${error.message}`);
        }
    }
    return { subject, status: 'unknown', detail: failures.join('; ') };
}
function parsedExtension(cert, oid, type) {
    const found = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .extension */ .ck)(cert, oid);
    if (found === undefined)
        return undefined;
    return _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(found.value, type);
}
/** http URLs of the AIA OCSP responders (notation uses http only: responses are signed). */
function accessUrls(cert) {
    const aia = parsedExtension(cert, OID.aia, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.AuthorityInfoAccessSyntax) ?? [];
    return aia
        .filter(entry => entry.accessMethod === OID.ocsp)
        .map(entry => entry.accessLocation.uniformResourceIdentifier)
        .filter((url) => url !== undefined && /^http:\/\//i.test(url));
}
function distributionPointUrls(cert) {
    return distributionPoints(cert).flatMap(point => (point.distributionPoint?.fullName ?? [])
        .map(name => name.uniformResourceIdentifier)
        .filter((url) => url !== undefined && /^http:\/\//i.test(url)));
}
function distributionPoints(cert) {
    return parsedExtension(cert, OID.crlDistributionPoints, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLDistributionPoints) ?? [];
}
/** An entry's revocation, unless its invalidity date falls after a trusted timestamp (the spec's rule). */
function revoked(revokedAt, reasonCode, invalidity, timestamp) {
    const reason = reasonCode === undefined ? undefined : (_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLReasons[reasonCode] ?? `reason ${reasonCode}`);
    if (timestamp !== undefined && invalidity !== undefined && invalidity > timestamp.upper) {
        return {
            status: 'good',
            detail: `revoked on ${revokedAt.toISOString()}, invalid from ${invalidity.toISOString()}, after the trusted timestamp ${timestamp.time.toISOString()}`
        };
    }
    return { status: 'revoked', revokedAt, reason };
}
function extensionsValue(extensions, oid, type) {
    const found = extensions?.find(candidate => candidate.extnID === oid);
    return found === undefined ? undefined : _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(found.extnValue.buffer, type);
}
function checkFreshness(thisUpdate, nextUpdate, now, what) {
    if (thisUpdate.getTime() > now.getTime() + SKEW_MS) {
        throw new Error(`${what} thisUpdate ${thisUpdate.toISOString()} is in the future`);
    }
    if (nextUpdate === undefined)
        throw new Error(`${what} has no nextUpdate`);
    if (now > nextUpdate)
        throw new Error(`expired ${what} (nextUpdate ${nextUpdate.toISOString()})`);
}
// ---------------------------------------------------------------------------------------------
// OCSP (RFC 6960)
async function ocspStatus(cert, issuer, url, options) {
    const certId = certIdOf(cert, issuer);
    const request = new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPRequest({
        tbsRequest: new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.TBSRequest({ requestList: [new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.Request({ reqCert: certId })] })
    });
    const body = await options.fetcher.fetch(url, {
        what: 'OCSP',
        accept: ['application/ocsp-response'],
        body: Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(request)),
        contentType: 'application/ocsp-request',
        // No nonce: the same certificate gets the same request, and one answer serves every signature.
        cache: true,
        timeoutMs: OCSP_TIMEOUT_MS,
        maxBytes: OCSP_MAX_BYTES
    });
    let response;
    try {
        response = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(body, _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPResponse);
    }
    catch {
        throw new Error('the answer is not an OCSP response');
    }
    if (response.responseStatus !== _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPResponseStatus.successful) {
        throw new Error(`the responder answered ${_peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.OCSPResponseStatus[response.responseStatus] ?? response.responseStatus}`);
    }
    if (response.responseBytes?.responseType !== _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.id_pkix_ocsp_basic)
        throw new Error('not a basic OCSP response');
    const basicBytes = Buffer.from(response.responseBytes.response.buffer);
    const basic = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(basicBytes, _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.BasicOCSPResponse);
    checkOcspSignature(basic, (0,_der_js__WEBPACK_IMPORTED_MODULE_7__/* .derChildren */ .v0)(basicBytes)[0], issuer, options.now);
    const single = basic.tbsResponseData.responses.find(candidate => sameCertId(candidate.certID, certId));
    if (single === undefined)
        throw new Error('the response does not cover this certificate');
    checkFreshness(single.thisUpdate, single.nextUpdate, options.now, 'OCSP response');
    const status = single.certStatus;
    if (status.good !== undefined)
        return { status: 'good' };
    if (status.revoked !== undefined) {
        const invalidity = extensionsValue(single.singleExtensions, OID.invalidityDate, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.InvalidityDate);
        return revoked(status.revoked.revocationTime, status.revoked.revocationReason?.reason, invalidity?.value, options.timestamp);
    }
    return { status: 'unknown', detail: 'the responder does not know this certificate' };
}
function certIdOf(cert, issuer) {
    const issuerTbs = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(issuer.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate;
    const sha1 = (data) => new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(Buffer.from(data)).digest());
    return new _peculiar_asn1_ocsp__WEBPACK_IMPORTED_MODULE_2__.CertID({
        hashAlgorithm: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.AlgorithmIdentifier({ algorithm: OID.sha1, parameters: null }),
        issuerNameHash: sha1(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(issuerTbs.subject)),
        issuerKeyHash: sha1(issuerTbs.subjectPublicKeyInfo.subjectPublicKey),
        serialNumber: _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate.serialNumber
    });
}
function sameCertId(a, b) {
    const bytes = (value) => Buffer.from(value instanceof _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString ? value.buffer : value);
    return (a.hashAlgorithm.algorithm === b.hashAlgorithm.algorithm &&
        bytes(a.issuerNameHash).equals(bytes(b.issuerNameHash)) &&
        bytes(a.issuerKeyHash).equals(bytes(b.issuerKeyHash)) &&
        bytes(a.serialNumber).equals(bytes(b.serialNumber)));
}
/** Signed by the issuer itself, or by a delegated responder the issuer certified for OCSP signing. */
function checkOcspSignature(basic, tbs, issuer, now) {
    const signature = Buffer.from(basic.signature);
    const verifies = (signer) => {
        try {
            return (0,_asn1_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyAsn1Signature */ .H)(tbs, basic.signatureAlgorithm, signature, (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyOf */ .kc)(signer));
        }
        catch {
            return false;
        }
    };
    if (verifies(issuer))
        return;
    for (const certificate of basic.certs ?? []) {
        const delegate = new _x509_js__WEBPACK_IMPORTED_MODULE_6__.x509.X509Certificate(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(certificate));
        if (!verifies(delegate))
            continue;
        if (!(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .isIssuedBy */ .rh)(delegate, issuer))
            throw new Error(`responder "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(delegate)}" is not certified by the issuer`);
        const eku = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .extension */ .ck)(delegate, OID.extKeyUsage);
        const usages = eku === undefined ? [] : new _x509_js__WEBPACK_IMPORTED_MODULE_6__.x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String);
        if (!usages.includes(OID.ocspSigning)) {
            throw new Error(`responder "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(delegate)}" lacks the OCSPSigning extended key usage`);
        }
        if (now < delegate.notBefore || now > delegate.notAfter) {
            throw new Error(`responder certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(delegate)}" is not valid now`);
        }
        return;
    }
    throw new Error('the response signature does not verify with the issuer or a delegated responder');
}
// ---------------------------------------------------------------------------------------------
// CRL (RFC 5280)
async function crlStatus(cert, issuer, url, options) {
    const body = await options.fetcher.fetch(url, {
        what: 'CRL',
        accept: ['application/pkix-crl', 'application/x-pkcs7-crl', 'application/octet-stream'],
        timeoutMs: CRL_TIMEOUT_MS,
        maxBytes: CRL_MAX_BYTES
    });
    let crl;
    let tbs;
    try {
        crl = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(body, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CertificateList);
        tbs = (0,_der_js__WEBPACK_IMPORTED_MODULE_7__/* .derChildren */ .v0)(body)[0];
    }
    catch {
        throw new Error('the answer is not a DER CRL');
    }
    const issuerTbs = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(issuer.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate;
    if (!Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(crl.tbsCertList.issuer)).equals(Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(issuerTbs.subject)))) {
        throw new Error(`the CRL is issued by someone else than "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(issuer)}"`);
    }
    let valid;
    try {
        valid = (0,_asn1_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyAsn1Signature */ .H)(tbs, crl.signatureAlgorithm, Buffer.from(crl.signature), (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyOf */ .kc)(issuer));
    }
    catch (error) {
        throw new Error(`the CRL uses an ${error.message}`);
    }
    if (!valid)
        throw new Error(`the CRL signature does not verify with "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(issuer)}"'s key`);
    const extensions = crl.tbsCertList.crlExtensions ?? [];
    if (extensions.some(ext => ext.extnID === OID.deltaCrlIndicator)) {
        throw new Error('a delta CRL, not a base CRL (delta CRLs are not supported)');
    }
    if (extensions.some(ext => ext.extnID === OID.freshestCrl)) {
        throw new Error('the CRL points to a delta CRL (Freshest CRL), which is not supported');
    }
    checkCrlUsable(crl, cert);
    checkFreshness(crl.tbsCertList.thisUpdate.getTime(), crl.tbsCertList.nextUpdate?.getTime(), options.now, 'CRL');
    const serial = Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.Certificate).tbsCertificate.serialNumber);
    const entry = (crl.tbsCertList.revokedCertificates ?? []).find(candidate => Buffer.from(candidate.userCertificate).equals(serial));
    if (entry === undefined)
        return { status: 'good' };
    const reason = extensionsValue(entry.crlEntryExtensions, OID.crlReason, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLReason)?.reason;
    if (reason === _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.CRLReasons.removeFromCRL)
        return { status: 'good' };
    const invalidity = extensionsValue(entry.crlEntryExtensions, OID.invalidityDate, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.InvalidityDate);
    return revoked(entry.revocationDate.getTime(), reason, invalidity?.value, options.timestamp);
}
/**
 * Throws when RFC 5280 forbids using the CRL for `cert`: a critical extension Signet does not process
 * (§5.2), on the CRL or on any entry (§5.3: the whole CRL, since such an entry may change how the
 * others read), an indirect CRL, or an issuing distribution point whose scope excludes `cert` (§6.3.3).
 */
function checkCrlUsable(crl, cert) {
    const extensions = crl.tbsCertList.crlExtensions ?? [];
    const unknown = extensions.find(ext => ext.critical && !PROCESSED_CRL_EXTENSIONS.has(ext.extnID));
    if (unknown !== undefined)
        throw new Error(`the CRL has a critical extension ${unknown.extnID} that Signet does not process`);
    for (const entry of crl.tbsCertList.revokedCertificates ?? []) {
        for (const ext of entry.crlEntryExtensions ?? []) {
            if (ext.extnID === OID.certificateIssuer)
                throw new Error('the CRL is indirect (an entry names a certificate issuer), which is not supported');
            if (ext.critical && !PROCESSED_ENTRY_EXTENSIONS.has(ext.extnID))
                throw new Error(`a CRL entry has a critical extension ${ext.extnID} that Signet does not process`);
        }
    }
    // Honoured whether marked critical (as §5.2.5 requires) or not: a scope only ever narrows the CRL.
    const scope = extensionsValue(extensions, OID.issuingDistributionPoint, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_3__.IssuingDistributionPoint);
    if (scope !== undefined)
        checkScope(scope, cert);
}
/** The issuing distribution point's scope includes `cert` (§6.3.3 b), or throws saying why not. */
function checkScope(scope, cert) {
    const isCa = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .isCaCertificate */ .oD)(cert);
    if (scope.onlyContainsAttributeCerts)
        throw new Error('the CRL lists attribute certificates only');
    if (scope.onlyContainsCACerts && !isCa)
        throw new Error('the CRL lists CA certificates only, and this is an end-entity certificate');
    if (scope.onlyContainsUserCerts && isCa)
        throw new Error('the CRL lists end-entity certificates only, and this is a CA certificate');
    if (scope.onlySomeReasons !== undefined)
        throw new Error('the CRL covers only some revocation reasons, which is not supported');
    if (scope.indirectCRL)
        throw new Error('the CRL is indirect, which is not supported');
    const point = scope.distributionPoint;
    if (point === undefined)
        return;
    if (point.fullName === undefined)
        throw new Error('the CRL names its distribution point relative to its issuer, which is not supported');
    const der = (name) => Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(name)).toString('hex');
    const covered = new Set(point.fullName.map(der));
    const named = distributionPoints(cert).flatMap(candidate => candidate.distributionPoint?.fullName ?? []);
    if (!named.some(name => covered.has(der(name))))
        throw new Error("the CRL's distribution point is none of this certificate's");
}


/***/ }),

/***/ 26964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ NOTARY_SIGNATURE_ARTIFACT_TYPE),
/* harmony export */   EI: () => (/* binding */ signatureManifestParts),
/* harmony export */   XY: () => (/* binding */ parseSignatureManifest),
/* harmony export */   _J: () => (/* binding */ buildSignatureManifest),
/* harmony export */   h_: () => (/* binding */ CREATED_ANNOTATION)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3048);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75624);




const NOTARY_SIGNATURE_ARTIFACT_TYPE = 'application/vnd.cncf.notary.signature';
const THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
function buildSignatureManifest(envelope, envelopeMediaType, subject, chain, created, 
/** Annotations an envelope-generating signing plugin asked for; Signet's own win on a clash. */
extraAnnotations = {}) {
    const envelopeDescriptor = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(envelope, envelopeMediaType);
    const annotations = {
        ...extraAnnotations,
        [THUMBPRINT_ANNOTATION]: JSON.stringify((0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .thumbprintsOf */ .Kn)(chain)),
        [CREATED_ANNOTATION]: created.toISOString().replace(/\.\d{3}Z$/, 'Z')
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciManifest,
        artifactType: NOTARY_SIGNATURE_ARTIFACT_TYPE,
        config: _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_DESCRIPTOR */ .gi,
        layers: [envelopeDescriptor],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    if (bytes.length > _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MANIFEST_BYTES */ .ZJ) {
        throw new Error(`signature manifest of ${bytes.length} bytes exceeds the ${_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MANIFEST_BYTES */ .ZJ}-byte manifest limit`);
    }
    // The referrers index entry repeats artifactType and annotations so readers can filter without fetching.
    const descriptor = {
        ...(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(bytes, _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciManifest),
        artifactType: NOTARY_SIGNATURE_ARTIFACT_TYPE,
        annotations
    };
    return { bytes, descriptor, envelopeDescriptor };
}
/**
 * The envelope descriptor (and subject, thumbprints) of a Notary signature manifest; undefined for other
 * artifacts. Accepts the older form without artifactType whose config.mediaType names the signature type.
 * Throws VerificationError when the manifest claims to be a Notary signature but is malformed.
 */
function parseSignatureManifest(bytes) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw malformed('it is not JSON');
    }
    return signatureManifestParts(manifest);
}
/** `parseSignatureManifest` of a manifest already parsed (as discovery fetched it). */
function signatureManifestParts(manifest) {
    if (typeof manifest !== 'object' || manifest === null)
        throw malformed('it is not a JSON object');
    const isNotary = manifest.artifactType === NOTARY_SIGNATURE_ARTIFACT_TYPE ||
        (manifest.artifactType === undefined && manifest.config?.mediaType === NOTARY_SIGNATURE_ARTIFACT_TYPE);
    if (!isNotary)
        return undefined;
    if (manifest.mediaType !== undefined && manifest.mediaType !== _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciManifest) {
        throw malformed(`its mediaType is ${manifest.mediaType}, not ${_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciManifest}`);
    }
    if (!Array.isArray(manifest.layers) || manifest.layers.length !== 1) {
        throw malformed(`it must have exactly one layer (the envelope), found ${manifest.layers?.length ?? 0}`);
    }
    const envelope = checkDescriptor(manifest.layers[0], 'its layer');
    const subject = manifest.subject === undefined ? undefined : checkDescriptor(manifest.subject, 'its subject');
    const thumbprints = parseThumbprints(manifest.annotations?.[THUMBPRINT_ANNOTATION]);
    return { envelope, subject, thumbprints };
}
function parseThumbprints(value) {
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = typeof value === 'string' ? JSON.parse(value) : undefined;
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed) ||
        !parsed.every(entry => typeof entry === 'string' && /^[0-9a-fA-F]{64}$/.test(entry))) {
        throw malformed(`the ${THUMBPRINT_ANNOTATION} annotation is not a JSON array of SHA-256 hex strings`);
    }
    return parsed.map((entry) => entry.toLowerCase());
}
function checkDescriptor(value, what) {
    const descriptor = value;
    if (typeof descriptor !== 'object' ||
        descriptor === null ||
        typeof descriptor.mediaType !== 'string' ||
        typeof descriptor.digest !== 'string' ||
        !(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(descriptor.digest) ||
        typeof descriptor.size !== 'number' ||
        !Number.isSafeInteger(descriptor.size) ||
        descriptor.size < 0) {
        throw malformed(`${what} is not a valid descriptor (mediaType, sha256/sha512 digest, size)`);
    }
    return { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size };
}
function malformed(reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(`malformed Notary signature manifest: ${reason}`);
}


/***/ }),

/***/ 5026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requestTimestamp: () => (/* binding */ requestTimestamp),
/* harmony export */   timestampQuery: () => (/* binding */ timestampQuery),
/* harmony export */   verifyTimestampToken: () => (/* binding */ verifyTimestampToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21467);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97305);
/* harmony import */ var _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33594);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38450);
/* harmony import */ var _http_fetch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2345);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75624);
/* harmony import */ var _chain_rules_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10069);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(28336);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3257);
/**
 * RFC 3161 timestamps as the Notary Project uses them: a TSA countersigns the hash of the signature
 * value (for JWS, the decoded `signature` bytes), and the token travels in the unprotected header
 * `io.cncf.notary.timestampSignature`. A verified token proves the signature existed at `genTime` (±
 * accuracy), so the signing chain can be judged at that time instead of now.
 *
 * Token checks (RFC 3161, RFC 5816, the trust policy spec's "authentic timestamp"): SignedData over a
 * TSTInfo; its message imprint (SHA-2) equals the hash of the signature; one signer, whose certificate
 * is in the token, is named by the signing-certificate-v2 attribute, and whose signature over the signed
 * attributes (content type TSTInfo, message digest of the TSTInfo) verifies; that certificate has only
 * the timeStamping EKU, marked critical, and chains through CA certificates to a trusted TSA root, all
 * valid at genTime.
 */












const OID = {
    tstInfo: '1.2.840.113549.1.9.16.1.4',
    contentType: '1.2.840.113549.1.9.3',
    messageDigest: '1.2.840.113549.1.9.4',
    signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
    timeStamping: '1.3.6.1.5.5.7.3.8',
    extKeyUsage: '2.5.29.37',
    /** RFC 3628 baseline time-stamp policy: accuracy of one second when none is stated. */
    baselinePolicy: '0.4.0.2023.1.1'
};
const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const OID_OF_HASH = Object.fromEntries(Object.entries(_asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L).map(([oid, name]) => [name, oid]));
/** RFC 3161 timestamp responses are small; anything past this is not one. */
const MAX_RESPONSE_BYTES = 1024 * 1024;
const TIMEOUT_MS = 15_000;
function timestampError(reason) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerificationError */ .mk(`timestamp: ${reason}`);
}
// ---------------------------------------------------------------------------------------------
// Requesting a timestamp (sign)
/**
 * Asks the TSA at `url` to countersign `signature` (hashed with `hash`, the signature algorithm's own
 * hash as notation does) and checks the answer completely, nonce included, before returning the token
 * (a DER ContentInfo). Throws VerificationError('timestamp: …') naming what was wrong.
 */
async function requestTimestamp(options) {
    const { query, nonce } = timestampQuery(options.signature, options.hash);
    let body;
    try {
        body = await options.fetcher.fetch(options.url, {
            what: 'timestamp',
            accept: ['application/timestamp-reply'],
            body: query,
            contentType: 'application/timestamp-query',
            timeoutMs: TIMEOUT_MS,
            maxBytes: MAX_RESPONSE_BYTES
        });
    }
    catch (error) {
        if (error instanceof _http_fetch_js__WEBPACK_IMPORTED_MODULE_7__/* .FetchError */ .fk)
            throw timestampError(error.message);
        throw error;
    }
    const token = tokenOfResponse(body);
    const timestamp = verifyTimestampToken(token, options.signature, options.tsaRoots, nonce);
    return { token, timestamp };
}
/**
 * The DER TimeStampReq for `signature` and the nonce it carries, made from 8 `random` bytes. The nonce
 * must be a positive INTEGER in DER's minimal form, so its first byte is kept in 0x01–0x7f: 0x80 and
 * above would read as negative, and a leading 0x00 before a byte below 0x80 is padding DER forbids
 * (OpenSSL's TSA refuses such a query as "Bad request format", which was one request in 256).
 */
function timestampQuery(signature, hash, random = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8)) {
    const nonce = Buffer.from(random);
    nonce[0] = nonce[0] & 0x7f || 0x01;
    const request = new _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TimeStampReq({
        messageImprint: new _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.MessageImprint({
            hashAlgorithm: new _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.AlgorithmIdentifier({ algorithm: OID_OF_HASH[hash] }),
            hashedMessage: new _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(signature).digest())
        }),
        nonce: (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .toArrayBuffer */ .XA)(nonce),
        certReq: true
    });
    return { query: Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(request)), nonce };
}
function tokenOfResponse(body) {
    let response;
    try {
        response = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(body, _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TimeStampResp);
    }
    catch {
        throw timestampError('the TSA answer is not an RFC 3161 TimeStampResp');
    }
    const status = response.status.status;
    if (status !== _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.PKIStatus.granted && status !== _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.PKIStatus.grantedWithMods) {
        const text = response.status.statusString?.join('; ');
        throw timestampError(`the TSA refused (status ${status}${text ? `: ${text}` : ''})`);
    }
    if (response.timeStampToken === undefined)
        throw timestampError('the TSA granted but sent no token');
    return Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(response.timeStampToken));
}
// ---------------------------------------------------------------------------------------------
// Verifying a token
/**
 * Verifies an RFC 3161 token over `signature` against `tsaRoots` (and, when asked for one, the nonce
 * sent). Throws VerificationError('timestamp: …').
 */
function verifyTimestampToken(token, signature, tsaRoots, nonce) {
    const signedData = parseSignedData(token);
    if (signedData.encapContentInfo.eContentType !== OID.tstInfo) {
        throw timestampError(`the token holds ${signedData.encapContentInfo.eContentType}, not a TSTInfo`);
    }
    const content = signedData.encapContentInfo.eContent?.single;
    if (content === undefined)
        throw timestampError('the token has no TSTInfo content');
    const tstInfoBytes = Buffer.from(content.buffer);
    let info;
    try {
        info = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(tstInfoBytes, _peculiar_asn1_tsp__WEBPACK_IMPORTED_MODULE_3__.TSTInfo);
    }
    catch {
        throw timestampError('the TSTInfo does not parse');
    }
    checkImprint(info, signature);
    if (nonce !== undefined) {
        const echoed = info.nonce === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .unsignedInteger */ .wF)(Buffer.from(info.nonce));
        if (echoed === undefined || !echoed.equals((0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .unsignedInteger */ .wF)(nonce))) {
            throw timestampError('the TSA answer does not carry the nonce sent (a replayed or foreign answer)');
        }
    }
    if (signedData.signerInfos.length !== 1) {
        throw timestampError(`the token has ${signedData.signerInfos.length} signers, not one`);
    }
    const signerInfo = signedData.signerInfos[0];
    const certificates = tokenCertificates(signedData);
    const signer = findSigner(signerInfo, certificates);
    checkSignerInfo(signerInfo, rawSignedAttributes(token), signer, tstInfoBytes);
    const chain = tsaChain(signer, certificates, tsaRoots);
    const time = info.genTime;
    for (const cert of chain) {
        if (time < cert.notBefore || time > cert.notAfter) {
            throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" was not valid at the timestamp's time ${time.toISOString()}`);
        }
    }
    const accuracyMs = accuracyOf(info);
    return {
        time,
        lower: new Date(time.getTime() - accuracyMs),
        upper: new Date(time.getTime() + accuracyMs),
        tsa: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(signer),
        chain
    };
}
function parseSignedData(token) {
    try {
        const info = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(token, _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.ContentInfo);
        if (info.contentType !== _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.id_signedData)
            throw new Error('not SignedData');
        return _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(info.content, _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_2__.SignedData);
    }
    catch {
        throw timestampError('the countersignature is not a CMS SignedData timestamp token');
    }
}
function checkImprint(info, signature) {
    const hash = _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L[info.messageImprint.hashAlgorithm.algorithm];
    if (hash === undefined) {
        throw timestampError(`message imprint hash ${info.messageImprint.hashAlgorithm.algorithm} is not SHA-256, SHA-384 or SHA-512`);
    }
    const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(signature).digest();
    if (!expected.equals(Buffer.from(info.messageImprint.hashedMessage.buffer))) {
        throw timestampError('the message imprint is not the hash of this signature (the token timestamps something else)');
    }
}
/** accuracy in ms: stated, else 1 s under the baseline policy, else 0 (the trust policy spec's rule). */
function accuracyOf(info) {
    const accuracy = info.accuracy;
    if (accuracy === undefined)
        return info.policy === OID.baselinePolicy ? 1000 : 0;
    return (accuracy.seconds ?? 0) * 1000 + (accuracy.millis ?? 0) + (accuracy.micros ?? 0) / 1000;
}
function tokenCertificates(signedData) {
    const certificates = [];
    for (const choice of signedData.certificates ?? []) {
        if (choice.certificate === undefined)
            continue;
        try {
            const cert = new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.X509Certificate(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(choice.certificate));
            (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .publicKeyOf */ .kc)(cert);
            certificates.push(cert);
        }
        catch {
            throw timestampError('a certificate in the token does not parse');
        }
    }
    return certificates;
}
function findSigner(signerInfo, certificates) {
    const { issuerAndSerialNumber, subjectKeyIdentifier } = signerInfo.sid;
    const found = certificates.find(cert => {
        const parsed = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.rawData, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.Certificate);
        if (issuerAndSerialNumber !== undefined) {
            return (Buffer.from(parsed.tbsCertificate.serialNumber).equals(Buffer.from(issuerAndSerialNumber.serialNumber)) &&
                Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(parsed.tbsCertificate.issuer)).equals(Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(issuerAndSerialNumber.issuer))));
        }
        const ski = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, '2.5.29.14');
        return (subjectKeyIdentifier !== undefined &&
            ski !== undefined &&
            Buffer.from(new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.SubjectKeyIdentifierExtension(ski.rawData).keyId, 'hex').equals(Buffer.from(subjectKeyIdentifier.buffer)));
    });
    if (found === undefined) {
        throw timestampError('the TSA certificate is not in the token (ask the TSA for it: certReq)');
    }
    return found;
}
/**
 * The signed attributes exactly as encoded in the token (the signature covers those bytes; the parser
 * keeps no raw copy of them): ContentInfo → [0] SignedData → last SET (signerInfos) → first SignerInfo →
 * its [0] element.
 */
function rawSignedAttributes(token) {
    try {
        const signedData = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)((0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(Buffer.from(token))[1])[0];
        const signerInfos = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(signedData).at(-1);
        const signerInfo = signerInfos === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(signerInfos)[0];
        return signerInfo === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(signerInfo).find(child => child[0] === 0xa0);
    }
    catch {
        return undefined;
    }
}
function checkSignerInfo(signerInfo, rawAttributes, signer, tstInfo) {
    const attributes = signerInfo.signedAttrs;
    if (attributes === undefined || rawAttributes === undefined) {
        throw timestampError('the token has no signed attributes');
    }
    const value = (oid) => {
        const found = attributes.filter(attribute => attribute.attrType === oid);
        if (found.length !== 1 || found[0].attrValues.length !== 1)
            return undefined;
        return Buffer.from(found[0].attrValues[0]);
    };
    const contentType = value(OID.contentType);
    if (contentType === undefined || (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .decodeOid */ .FK)(contentType) !== OID.tstInfo) {
        throw timestampError('the signed content-type attribute is not TSTInfo');
    }
    const digestName = _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L[signerInfo.digestAlgorithm.algorithm];
    if (digestName === undefined) {
        throw timestampError(`the token's digest algorithm ${signerInfo.digestAlgorithm.algorithm} is not SHA-2`);
    }
    const messageDigest = value(OID.messageDigest);
    const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(digestName).update(tstInfo).digest();
    if (messageDigest === undefined ||
        !Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(messageDigest, _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.OctetString).buffer).equals(expected)) {
        throw timestampError('the signed message digest does not match the TSTInfo');
    }
    const signingCertificate = value(OID.signingCertificateV2);
    if (signingCertificate === undefined) {
        throw timestampError('the token lacks the signing-certificate-v2 attribute (RFC 5816)');
    }
    if (!essCertMatches(signingCertificate, signer)) {
        throw timestampError('the signing-certificate-v2 attribute names another certificate than the signer');
    }
    // The signature covers the DER of the attributes as a SET, not as the [0] IMPLICIT field they sit in.
    const signed = Buffer.from(rawAttributes);
    signed[0] = 0x31;
    let valid;
    try {
        valid = (0,_asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyAsn1Signature */ .H)(signed, signerInfo.signatureAlgorithm, Buffer.from(signerInfo.signature.buffer), (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .publicKeyOf */ .kc)(signer), signerInfo.digestAlgorithm.algorithm);
    }
    catch (error) {
        throw timestampError(`the TSA signature uses an ${error.message}`);
    }
    if (!valid)
        throw timestampError(`the TSA signature does not verify with "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(signer)}"'s key`);
}
/** The first ESSCertIDv2 of SigningCertificateV2 must hash to the signer's certificate. */
function essCertMatches(attribute, signer) {
    try {
        const certs = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)((0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(attribute)[0]);
        const id = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derChildren */ .v0)(certs[0]);
        let hashOid = SHA256_OID;
        let index = 0;
        if (id[0][0] === 0x30) {
            hashOid = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(id[0], _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_4__.AlgorithmIdentifier).algorithm;
            index = 1;
        }
        const hash = _asn1_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_OIDS */ .L[hashOid];
        if (hash === undefined || id[index][0] !== 0x04)
            return false;
        const certHash = (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .derContent */ .bn)(id[index]);
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(Buffer.from(signer.rawData)).digest().equals(certHash);
    }
    catch {
        return false;
    }
}
/** The TSA certificate, then CA certificates (from the token) up to one of `tsaRoots`. */
function tsaChain(signer, certificates, tsaRoots) {
    checkTimestampingLeaf(signer);
    const trusted = new Set((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .thumbprintsOf */ .Kn)(tsaRoots));
    const chain = [signer];
    for (let depth = 0; depth < 8; depth++) {
        const last = chain[chain.length - 1];
        if (trusted.has((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .thumbprintsOf */ .Kn)([last])[0]) && (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isSelfSigned */ .Nl)(last))
            return checkedChain(chain);
        const root = tsaRoots.find(candidate => (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isIssuedBy */ .rh)(last, candidate));
        if (root !== undefined)
            return checkedChain([...chain, root]);
        if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isSelfSigned */ .Nl)(last))
            break;
        const issuer = certificates.find(candidate => !chain.includes(candidate) && (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isIssuedBy */ .rh)(last, candidate));
        if (issuer === undefined)
            break;
        chain.push(issuer);
    }
    throw timestampError(`the TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(signer)}" does not chain to a trusted TSA root (timestamp-roots or a tsa trust store)`);
}
function checkedChain(chain) {
    try {
        chain.forEach(_chain_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .checkSignatureHash */ .bO);
        chain.slice(1).forEach((cert, index) => (0,_chain_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .checkCaCertificate */ .cO)(cert, index));
    }
    catch (error) {
        throw timestampError(`TSA ${error.message}`);
    }
    return chain;
}
/** RFC 3161 §2.3: the TSA certificate has exactly one EKU, timeStamping, and it is critical. */
function checkTimestampingLeaf(cert) {
    const eku = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .extension */ .ck)(cert, OID.extKeyUsage);
    const usages = eku === undefined ? [] : new _x509_js__WEBPACK_IMPORTED_MODULE_10__.x509.ExtendedKeyUsageExtension(eku.rawData).usages.map(String);
    if (eku === undefined || !eku.critical || usages.length !== 1 || usages[0] !== OID.timeStamping) {
        throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" must have a critical extended key usage of timeStamping only`);
    }
    if ((0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .isCaCertificate */ .oD)(cert)) {
        throw timestampError(`TSA certificate "${(0,_certificates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(cert)}" is a CA certificate`);
    }
}


/***/ }),

/***/ 20546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ NotarySigner)
});

// EXTERNAL MODULE: ./src/trust/certificates.ts
var certificates = __webpack_require__(75624);
// EXTERNAL MODULE: ./src/trust/envelope.ts + 4 modules
var trust_envelope = __webpack_require__(92502);
// EXTERNAL MODULE: ./src/trust/pki.ts
var pki = __webpack_require__(6062);
// EXTERNAL MODULE: ./src/trust/signature-manifest.ts
var signature_manifest = __webpack_require__(26964);
// EXTERNAL MODULE: ./src/trust/accepted-signer.ts
var accepted_signer = __webpack_require__(14580);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/trust/revocation.ts
var revocation = __webpack_require__(6792);
;// CONCATENATED MODULE: ./src/verify/revocation-check.ts
/**
 * Revocation as a verification step (after the envelope verified): the signing chain under the policy's
 * `revocation` action, and, when a countersignature verified, the TSA chain under the authentic
 * timestamp's enforcement (enforced at strict, logged otherwise), as notation does. A revoked
 * certificate, or one whose status cannot be had, rejects when enforced and warns when logged.
 */


async function checkRevocation(verified, decision, options) {
    const reports = [];
    const warnings = [];
    const judge = async (chain, results, enforced) => {
        const statuses = await results;
        reports.push(...statuses.map(result => toReport(chain, result)));
        const problem = (0,revocation.revocationProblem)(statuses);
        if (problem === undefined)
            return;
        const message = (0,revocation.describeRevocation)(problem, `${chain} certificate`);
        if (enforced)
            throw new errors/* VerificationError */.mk(message);
        warnings.push(message);
    };
    if (decision.revocation !== 'skip') {
        await judge('signing', (0,revocation.checkChainRevocation)(verified.chain, { ...options, timestamp: verified.timestamp }), decision.revocation === 'enforce');
    }
    if (verified.timestamp !== undefined) {
        await judge('timestamping', (0,revocation.checkChainRevocation)(verified.timestamp.chain, options), decision.level === 'strict');
    }
    return { reports, warnings };
}
function toReport(chain, result) {
    return {
        chain,
        certificate: result.subject,
        status: result.status,
        source: result.source,
        url: result.url,
        revokedAt: result.revokedAt?.toISOString(),
        reason: result.reason,
        detail: result.detail
    };
}

;// CONCATENATED MODULE: ./src/verify/notary-signer.ts
/**
 * The Notary Project signer: signatures by a certificate that chains to a policy statement's roots and
 * is one of its trusted identities, checked as notation checks them (envelope, chain, identity, target,
 * timestamp, revocation), over the Notary signatures one discovery pass found. Lives in verify/ because
 * revocation is a verification step (with the run's fetcher, given in the verify context).
 */







/** Envelopes larger than this are refused (the Notary Project's own limit). */
const MAX_ENVELOPE_BYTES = 32 * 1024 * 1024;
class NotarySigner {
    decision;
    name;
    kind = 'notation';
    /**
     * @param decision the policy statement whose roots, identities, level, timestamp and revocation rules apply
     * @param name how reports name this signer ("trust-roots", a rule, a `signers` item)
     */
    constructor(decision, name = decision.name) {
        this.decision = decision;
        this.name = name;
    }
    describe() {
        return `notation ${this.name}`;
    }
    fingerprint() {
        const { decision } = this;
        return JSON.stringify({
            roots: (0,certificates/* thumbprintsOf */.Kn)(decision.trustRoots),
            identities: decision.trustedIdentities,
            level: decision.level,
            tsaRoots: (0,certificates/* thumbprintsOf */.Kn)(decision.tsaRoots),
            verifyTimestamp: decision.verifyTimestamp,
            revocation: decision.revocation
        });
    }
    /** Each Notary signature in the order listed; the first that passes is enough unless all are wanted. */
    async verify(subject, candidates, context) {
        const signatures = [];
        const rejected = [];
        for (const artifact of candidates.artifacts) {
            if (artifact.format !== 'notary')
                continue;
            try {
                signatures.push(await this.check(artifact, subject, candidates, context));
                if (!context.everySignature)
                    break;
            }
            catch (error) {
                if (error instanceof errors/* InputError */.dz)
                    throw error;
                const reason = (0,errors/* errorMessage */.gJ)(error);
                rejected.push({
                    artifact: artifact.descriptor.digest,
                    reason,
                    couldNotComplete: (0,errors/* couldNotComplete */.aC)(error)
                });
                // The image's reason lists every signature's: at info level this would print each twice.
                context.log?.debug(`Signature ${artifact.descriptor.digest} rejected: ${reason}`);
            }
        }
        if (signatures.length > 0)
            return { matched: true, kind: this.kind, signer: this.describe(), signatures, rejected };
        return (0,accepted_signer/* mismatch */.J4)(this.kind, this.describe(), rejected, `no signature found for ${subject.digest}`);
    }
    async check(artifact, subject, candidates, context) {
        const { now, fetcher } = context;
        // A caller error, not a verdict: revocation is part of the check and needs the run's fetcher.
        if (fetcher === undefined)
            throw new Error("a Notary signer needs the run's fetcher to check revocation");
        const parts = (0,signature_manifest/* signatureManifestParts */.EI)(artifact.manifest);
        if (parts === undefined)
            throw new errors/* VerificationError */.mk('not a Notary Project signature manifest');
        if (parts.subject !== undefined && parts.subject.digest !== subject.digest) {
            throw new errors/* VerificationError */.mk(`signature manifest's subject is ${parts.subject.digest}, not ${subject.digest}`);
        }
        const envelope = await candidates.blob(parts.envelope, MAX_ENVELOPE_BYTES);
        const { decision } = this;
        const verified = (0,trust_envelope/* verifyEnvelope */.Yj)(envelope, parts.envelope.mediaType, {
            trustRoots: decision.trustRoots,
            trustedIdentities: decision.trustedIdentities,
            level: decision.level,
            now,
            timestamp: decision.tsaRoots.length > 0
                ? { roots: decision.tsaRoots, verify: decision.verifyTimestamp }
                : undefined
        });
        // The payload names what was signed: a signature of another image listed here (replay) fails.
        const wrongTarget = (0,trust_envelope/* targetMatches */.DB)(verified.target, subject);
        if (wrongTarget !== undefined)
            throw new errors/* VerificationError */.mk(`signed target differs from ${subject.digest}: ${wrongTarget}`);
        const revocation = await checkRevocation(verified, decision, { fetcher, now });
        const warnings = [...verified.warnings, ...revocation.warnings];
        for (const warning of warnings)
            context.log?.warning(`signature ${artifact.descriptor.digest}: ${warning}`);
        return matched(artifact.descriptor.digest, verified, {
            revocation: revocation.reports.length > 0 ? revocation.reports : undefined,
            warnings: warnings.length > 0 ? warnings : undefined
        });
    }
}
function matched(artifact, verified, extra) {
    const timestamp = verified.timestamp === undefined
        ? undefined
        : { time: verified.timestamp.time.toISOString(), tsa: verified.timestamp.tsa };
    return {
        artifact,
        signer: verified.signer,
        // Two statements that accept the same leaf certificate are one signer, not two.
        identity: `x509:${(0,certificates/* thumbprintsOf */.Kn)(verified.chain.slice(0, 1))[0]}`,
        // The signing time the signature claims; a verified countersignature proves it came before its own.
        time: verified.signingTime.toISOString(),
        timeProven: timestamp !== undefined,
        evidence: timestamp === undefined ? [] : [{ kind: 'timestamp', authority: timestamp.tsa, time: timestamp.time }],
        notary: {
            chain: verified.chain.map(pki/* subjectOf */.et),
            timestamp,
            timestamped: verified.timestamped,
            authentic: verified.authentic,
            ...extra
        }
    };
}


/***/ })

};
