export const id = 5552;
export const ids = [5552];
export const modules = {

/***/ 55552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyKeylessBundle: () => (/* binding */ verifyKeylessBundle)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/trust/sigstore/fulcio-certificate.ts
var fulcio_certificate = __webpack_require__(24639);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/util/sanitize.ts
var sanitize = __webpack_require__(62701);
// EXTERNAL MODULE: ./src/trust/sigstore/bundle.ts
var sigstore_bundle = __webpack_require__(22605);
;// CONCATENATED MODULE: ./src/trust/sigstore/log-entry-checks.ts
/**
 * Three things @sigstore/verify 3 (the last line that runs on Node 20) does differently from 4, done as 4
 * does them, so that Signet's verdicts do not depend on which one is installed:
 *
 * - A DSSE bundle logged to Rekor v2 is a `hashedrekord` entry over the digest of the envelope's
 *   pre-authentication encoding (rekor-v2 spec §6.1.4; sigstore-go, sigstore-python and 4.x verify it so).
 *   3.x compares that digest with the payload's and rejects every such bundle.
 * - A checkpoint must be signed by the log its entry names. 3.x accepts a checkpoint signed by any log of
 *   the trusted root.
 * - A checkpoint signature's name is text to find in the log's URL. 3.x reads it as a regular expression:
 *   `.` or `^.*$` then names every log, and a name with nested repetition hangs the verifier for minutes
 *   (a denial of service from one pushed bundle).
 *
 * Remove this module with the move to @sigstore/verify 4: it hands hashedrekord entries `compareSignedDigest`,
 * which the entity built here does not have, so the conformance suite fails until it is removed.
 */




/**
 * The entity to verify, its signature compared with hashedrekord entries through the digest of what was
 * signed: the PAE for a DSSE envelope. A DSSE bundle with entries of both kinds is refused (3.x hands every
 * entry the same comparison, and no signer writes such a bundle).
 */
function withSignedDigest(entity, bundle) {
    const envelope = (0,sigstore_bundle.dsseOf)(bundle);
    const kinds = new Set(bundle.verificationMaterial.tlogEntries.map(entry => entry.kindVersion?.kind));
    if (envelope === undefined || !kinds.has('hashedrekord'))
        return entity;
    if (kinds.size > 1) {
        throw new errors/* VerificationError */.mk(`the bundle's DSSE envelope is logged both as a hashedrekord entry and as ${[...kinds].filter(kind => kind !== 'hashedrekord').join(', ')}: one bundle is logged one way`);
    }
    const content = entity.signature;
    const signedDigest = (0,external_node_crypto_.createHash)('sha256')
        .update((0,sigstore_bundle.preAuthEncoding)(envelope.payloadType, envelope.payload))
        .digest();
    return {
        ...entity,
        signature: {
            signature: content.signature,
            compareSignature: signature => content.compareSignature(signature),
            compareDigest: digest => signedDigest.equals(digest),
            verifySignature: key => content.verifySignature(key)
        }
    };
}
/**
 * The instance's trust material with only the transparency logs the bundle's entries name, and the checks
 * that its checkpoints name those logs. Each entry's checkpoint is then verified against its own log (for
 * a bundle logged to several logs, against one of them: the entry is still proven in a trusted log).
 */
function entriesOwnLogs(material, bundle) {
    const entries = bundle.verificationMaterial.tlogEntries;
    const logIds = entries.flatMap(entry => (entry.logId?.keyId.length ? [entry.logId.keyId] : []));
    const tlogs = material.tlogs.filter(log => logIds.some(id => log.logID.equals(id)));
    entries.forEach((entry, index) => {
        const envelope = entry.inclusionProof?.checkpoint?.envelope;
        if (envelope !== undefined)
            checkSignatureNames(envelope, tlogs, index);
    });
    return { ...material, tlogs };
}
/** A checkpoint's signature lines as 3.x reads them: `— <name> <base64 of key hint + signature>`. */
const SIGNATURE_LINE = /\u2014 (\S+) (\S+)\n/g;
/**
 * Every signature line that carries the key hint of one of `tlogs` must name that log: the name is found,
 * as written, in the log's URL. 3.x matches that name as a regular expression, so a line that fails here is
 * refused before 3.x reads it (4.x would skip it and try the others: the stricter verdict is the safe one).
 */
function checkSignatureNames(envelope, tlogs, index) {
    const separator = envelope.indexOf('\n\n');
    if (separator < 0)
        return; // 3.x refuses it: no signatures
    for (const [, name, signature] of envelope.slice(separator + 2).matchAll(SIGNATURE_LINE)) {
        const hint = Buffer.from(signature, 'base64').subarray(0, 4);
        const logs = tlogs.filter(log => log.logID.subarray(0, 4).equals(hint));
        if (logs.length > 0 && !logs.some(log => log.baseURL.includes(name))) {
            throw new errors/* VerificationError */.mk(`transparency-log entry #${index + 1}: its checkpoint carries a signature with the key of ${logs[0].baseURL} under the name '${(0,sanitize/* oneLine */.TN)(name.slice(0, 100))}', which is not that log's`);
        }
    }
}

;// CONCATENATED MODULE: ./src/trust/sigstore/verify-bundle.ts
/**
 * Keyless Sigstore signatures verified offline against trusted roots, with @sigstore/verify: the Fulcio
 * certificate chains to a CA of the root at a verified time, its SCT verifies against a CT log of the root,
 * each transparency-log entry verifies (inclusion proof against a signed checkpoint, or the log's signed
 * entry timestamp) and records this very signature, each RFC 3161 timestamp verifies against a TSA of the
 * root, and the signature verifies with the certificate's key. What the instance requires (a log entry,
 * an SCT) follows its root (see trusted-root.ts).
 *
 * Two checks are Signet's own, before @sigstore/verify runs: a certificate-keyed bundle with no time at all
 * is refused with the reason (@sigstore/verify 3.1.1 and 4.1.3 would fail on it with a TypeError when no
 * timestamp is required), and each log entry must name the bundle's own certificate (sigstore-go checks
 * this; an entry logged for another certificate is no evidence for this one). Where @sigstore/verify 3 (the
 * line that runs on Node 20) falls short of 4, log-entry-checks.ts does as 4 does.
 */





/**
 * Verifies a certificate-keyed bundle against the first of `instances` that accepts it. `artifact` is the
 * signed bytes of a message-signature bundle (a DSSE bundle carries its payload).
 */
async function verifyKeylessBundle(bundle, instances, artifact) {
    const leaf = leafCertificate(bundle);
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact);
    }
    catch (error) {
        throw new errors/* VerificationError */.mk(`the bundle cannot be read for verification (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    entity = withSignedDigest(entity, bundle);
    const identity = (0,fulcio_certificate/* fulcioIdentity */.Nh)(leaf);
    if (entity.timestamps.length === 0) {
        throw new errors/* VerificationError */.mk(`the bundle has no transparency-log entry with a signed time and no RFC 3161 timestamp: nothing shows the certificate (valid ${identity.notBefore.toISOString()} to ${identity.notAfter.toISOString()}) was used while it was valid`);
    }
    checkLogEntriesName(bundle, leaf);
    const failures = [];
    for (const instance of instances) {
        let trust;
        try {
            trust = await instance.trust();
            const verifier = new verify_dist/* Verifier */.BL(entriesOwnLogs(trust.material, bundle), {
                tlogThreshold: instance.requiresTlog ? 1 : 0,
                ctlogThreshold: instance.requiresSct ? 1 : 0,
                timestampThreshold: 1
            });
            verifier.verify(entity);
        }
        catch (error) {
            failures.push(`${instances.length > 1 ? `${instance.name}: ` : ''}${describeFailure(error)}`);
            continue;
        }
        const evidence = evidenceOf(bundle, entity, instance, trust);
        const times = evidence.flatMap(item => 'time' in item && item.time !== undefined ? [Date.parse(item.time)] : []);
        return { instance: instance.name, identity, evidence, time: new Date(Math.min(...times)) };
    }
    throw new errors/* VerificationError */.mk(failures.join('; '));
}
/**
 * The leaf certificate's DER; a key-signed bundle is not keyless. A chain (v0.1 bundles) may carry
 * intermediates but no root: the roots are the trusted root's, never the signer's to supply.
 */
function leafCertificate(bundle) {
    const material = bundle.verificationMaterial.content;
    if (material.$case === 'certificate')
        return Buffer.from(material.certificate.rawBytes);
    if (material.$case !== 'x509CertificateChain')
        throw new errors/* VerificationError */.mk('the bundle is signed with a key, not with a Fulcio certificate (keyless)');
    const chain = material.x509CertificateChain.certificates.map(cert => Buffer.from(cert.rawBytes));
    for (const der of chain.slice(1)) {
        let selfIssued;
        try {
            const cert = dist.X509Certificate.parse(der);
            selfIssued = cert.subject.equals(cert.issuer);
        }
        catch {
            throw new errors/* VerificationError */.mk("a certificate of the bundle's chain cannot be parsed");
        }
        if (selfIssued)
            throw new errors/* VerificationError */.mk("the bundle's certificate chain includes a root certificate");
    }
    return chain[0];
}
/** Every log entry must have been logged for this certificate: its body names the signer's certificate. */
function checkLogEntriesName(bundle, leaf) {
    bundle.verificationMaterial.tlogEntries.forEach((entry, index) => {
        const named = certificatesNamedBy(entry.canonicalizedBody);
        if (named !== undefined && !named.some(der => der.equals(leaf))) {
            throw new errors/* VerificationError */.mk(`transparency-log entry #${index + 1} (log index ${entry.logIndex}) was logged for another certificate`);
        }
    });
}
/**
 * The certificates (DER) a Rekor entry body records as the signer's: PEM (base64) in v1 bodies, DER in
 * Rekor v2's; undefined for a body whose kind names none this way (its own checks then apply).
 */
function certificatesNamedBy(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined; // @sigstore/verify rejects a body that is not JSON
    }
    const spec = parsed.spec ?? {};
    const fromPem = (value) => {
        if (typeof value !== 'string')
            return [];
        const text = Buffer.from(value, 'base64').toString('utf8');
        const base64 = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(text)?.[1];
        return base64 === undefined ? [] : [Buffer.from(base64.replace(/\s+/g, ''), 'base64')];
    };
    const fromDer = (value) => typeof value === 'string' ? [Buffer.from(value, 'base64')] : [];
    const signature = spec.signature;
    if (signature?.publicKey !== undefined)
        return fromPem(signature.publicKey.content); // hashedrekord 0.0.1
    if (Array.isArray(spec.signatures)) {
        return spec.signatures.flatMap(entry => fromPem(entry.verifier)); // dsse 0.0.1
    }
    const envelope = spec.content?.envelope;
    if (Array.isArray(envelope?.signatures)) {
        return envelope.signatures.flatMap(entry => fromPem(entry.publicKey)); // intoto
    }
    const v2 = (spec.hashedRekordV002 ?? spec.dsseV002);
    if (v2 !== undefined) {
        const verifiers = [v2.signature?.verifier, ...(v2.signatures ?? []).map(entry => entry.verifier)];
        return verifiers.flatMap(verifier => fromDer(verifier?.x509Certificate?.rawBytes));
    }
    return undefined;
}
/** The evidence @sigstore/verify checked: every log entry (with its time when signed) and every timestamp. */
function evidenceOf(bundle, entity, instance, trust) {
    const logs = bundle.verificationMaterial.tlogEntries.map(entry => {
        const logId = Buffer.from(entry.logId?.keyId ?? []).toString('base64');
        const timed = entry.inclusionPromise !== undefined && entry.integratedTime !== '0';
        return {
            kind: 'tlog',
            log: instance.logNames.get(logId) ?? `log ${logId}`,
            index: entry.logIndex,
            ...(timed && { time: new Date(Number(entry.integratedTime) * 1000).toISOString() })
        };
    });
    const stamps = entity.timestamps.flatMap(timestamp => timestamp.$case === 'timestamp-authority'
        ? [
            {
                kind: 'timestamp',
                authority: trust.timestampAuthorityNames.get(timestamp.timestamp.signerSerialNumber.toString('hex')) ??
                    `a timestamp authority of ${instance.name}`,
                time: timestamp.timestamp.signingTime.toISOString()
            }
        ]
        : []);
    const scts = sctLogIds(bundle).map(logId => ({
        kind: 'sct',
        log: instance.ctLogNames.get(logId) ?? `CT log ${logId}`
    }));
    return [...logs, ...stamps, ...(instance.requiresSct ? scts : [])];
}
/** The CT log ids (base64) of the certificate's embedded SCTs (verified by @sigstore/verify when required). */
function sctLogIds(bundle) {
    try {
        const cert = dist.X509Certificate.parse(leafCertificate(bundle));
        return (cert.extSCT?.signedCertificateTimestamps ?? []).map(sct => sct.logID.toString('base64'));
    }
    catch {
        return [];
    }
}
/** Signet's checks' reasons as they are; @sigstore/verify's errors as one line: its message, the cause's. */
function describeFailure(error) {
    if (error instanceof errors/* VerificationError */.mk)
        return error.message;
    if (error instanceof verify_dist/* VerificationError */.mk || error instanceof verify_dist/* PolicyError */.pn) {
        const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
        return `${error.message}${cause}`;
    }
    // Anything else is @sigstore/verify failing on input it did not expect: still a rejection.
    return `the bundle could not be verified (${(0,errors/* errorMessage */.gJ)(error)})`;
}


/***/ })

};
