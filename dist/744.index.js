export const id = 744;
export const ids = [744];
export const modules = {

/***/ 76744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWarmVerify: () => (/* binding */ runWarmVerify)
});

// UNUSED EXPORTS: warmUp

// EXTERNAL MODULE: ./src/inputs/contract.ts
var contract = __webpack_require__(99451);
// EXTERNAL MODULE: ./src/inputs/input-values.ts
var input_values = __webpack_require__(75848);
// EXTERNAL MODULE: ./src/inputs/oci-inputs.ts
var oci_inputs = __webpack_require__(53280);
// EXTERNAL MODULE: ./src/oci/preconnect.ts
var preconnect = __webpack_require__(56276);
// EXTERNAL MODULE: ./src/oci/http.ts + 1 modules
var http = __webpack_require__(25928);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./src/oci/signature-discovery.ts
var signature_discovery = __webpack_require__(10540);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/oci/prefetch.ts
/**
 * The first reads of a verify, asked while the run's code is still loading (issue 27: a CLI process spends
 * about 0.1 s loading its certificate and policy code, which is several round trips to a distant
 * registry). The reads are the ones every verify of the image makes first, in the order it makes them:
 * the manifest (by tag or digest), the referrers of its digest, the signature manifests among them, the
 * envelope of the first Notary signature (the one a Notary signer reads first, and in the end alone when
 * it passes), and, when every entry of an index is to be re-hashed, the index's child manifests.
 *
 * They land in the client's memory of the run (registry/run-memory.ts), where the run finds them, or the
 * request still in flight, instead of asking again. Nothing is trusted for having been read early: the
 * manifests were digest-checked as every fetch is, and the run checks signatures and content as if it had
 * read them itself. A read that fails is dropped here and asked again by the run, which reports it.
 */



/** An envelope read ahead at most: they are a few KiB; a larger one waits for the run. */
const PREFETCHED_ENVELOPE_BYTES = 64 * 1024;
/** Reads in flight per image: the client bounds the connections per registry anyway. */
const CONCURRENCY = 4;
async function prefetchImage(repository, reference, options) {
    const ignore = () => undefined;
    // By digest, the listing need not wait for the manifest (as the run asks them).
    if (reference.digest !== undefined)
        repository.referrers(reference.digest).catch(ignore);
    const root = await repository.fetchManifest(reference.digest ?? reference.tag ?? 'latest').catch(ignore);
    if (root === undefined)
        return;
    const children = options.childManifests && (0,types/* isIndexMediaType */.$$)(root.descriptor.mediaType)
        ? (0,concurrency/* mapWithLimit */.c)(root.manifest.manifests ?? [], CONCURRENCY, entry => repository.fetchManifest(entry.digest).catch(ignore))
        : undefined;
    const signatures = (0,signature_discovery/* discoverSignatures */.lU)(repository, root.descriptor.digest, {
        maxArtifacts: options.maxSignatures,
        cosignSignatureTag: false
    }).then(async (discovered) => {
        const notary = discovered.artifacts.find(artifact => artifact.format === 'notary');
        // A Notary signature manifest has exactly one layer, its envelope; a malformed one is the run's to reject.
        const layers = notary?.manifest.layers;
        const envelope = Array.isArray(layers) && layers.length === 1 ? layers[0] : undefined;
        if (options.notaryEnvelope &&
            typeof envelope?.digest === 'string' &&
            envelope.size <= PREFETCHED_ENVELOPE_BYTES)
            await discovered.blob(envelope, PREFETCHED_ENVELOPE_BYTES);
    });
    await Promise.all([children, signatures.catch(ignore)]);
}

// EXTERNAL MODULE: ./src/run/context.ts + 18 modules
var context = __webpack_require__(27501);
// EXTERNAL MODULE: ./src/run/early-connect.ts
var early_connect = __webpack_require__(83233);
;// CONCATENATED MODULE: ./src/run/warm-up.ts
/**
 * A verify started before its engines are loaded. Loading them takes a process about 0.1 s, several round
 * trips to a distant registry; meanwhile the run's registry client is opened and starts on what the run
 * reads first: connections to the registries of the `image` references, then each image's manifest,
 * signatures and envelopes (oci/prefetch.ts). The run, handed the client, finds them in its memory or in
 * flight. Both faces start a verify this way.
 *
 * Only where the run is certain to read them first and the same way: images given as `image`, and no
 * input that may keep the run from reading an image or make it read elsewhere (`allowed-registries`: a
 * registry is reached only once found allowed; `rules` and `trust-policy`: a rule may reject an image or
 * skip its signature; `store`, `output-archive`: the store may answer; `shard`: another job's images;
 * READ_AHEAD_BLOCKERS in early-connect.ts).
 * Inputs that do not parse are left to the run to report.
 */








/** `runVerify`, its first reads started before its engines load; both faces verify through it. */
async function runWarmVerify(source, environment, ports) {
    const registryClient = warmUp(source, environment);
    try {
        const { runVerify } = await loadVerifyRun();
        return await runVerify(source, { ...environment, registryClient }, ports);
    }
    finally {
        // Closed by the run when it got that far; a run stopped by its inputs before then leaves it open.
        await registryClient?.close();
    }
}
/** The run's registry client, already reading, or undefined when the run should open its own. */
function warmUp(source, environment) {
    const ahead = readAhead(source);
    if (ahead === undefined)
        return undefined;
    preconnectRegistries(ahead);
    const client = (0,context/* openRegistryClient */.jd)(ahead.registry, environment);
    for (const image of ahead.images) {
        // Failures are the run's to meet and report; nothing read here is trusted before the run checks it.
        void prefetchImage(client.repository(image), image, {
            childManifests: !ahead.signatureOnly && ahead.everyEntry,
            notaryEnvelope: ahead.notary,
            maxSignatures: ahead.maxSignatures
        }).catch(() => undefined);
    }
    return client;
}
function readAhead(source) {
    if ((0,early_connect/* readAheadBlocked */.we)(source))
        return undefined;
    try {
        return {
            registry: (0,input_values/* readRegistryInputs */.rS)(source),
            images: (0,input_values/* lines */.Mn)(source, contract/* Inputs */.G0.Image).map(line => (0,oci_inputs/* readReference */.Wf)(line, contract/* Inputs */.G0.Image)),
            signatureOnly: source.get(contract/* Inputs */.G0.VerifyLayers) === 'false',
            everyEntry: source.get(contract/* Inputs */.G0.Scenario) === '' && source.get(contract/* Inputs */.G0.Platform) === '',
            notary: source.get(contract/* Inputs */.G0.TrustRoots) !== '',
            maxSignatures: (0,input_values/* readPositiveInteger */.yg)(source, contract/* Inputs */.G0.MaxSignatures)
        };
    }
    catch {
        // The run reads the inputs again and says what is wrong with them.
        return undefined;
    }
}
/**
 * Signature only, one image asks two things at once early on (the referrers API and the tag fallback);
 * re-hashing asks for child manifests and blobs meanwhile, and several images ask for more: as many
 * connections as the client allows.
 */
function preconnectRegistries({ registry, images, signatureOnly }) {
    for (const [origin, count] of (0,early_connect/* registryOrigins */.$D)(images, registry.insecureRegistries)) {
        const wanted = signatureOnly ? count + 1 : http/* DEFAULT_MAX_CONNECTIONS_PER_HOST */.g;
        (0,preconnect/* preconnect */.kZ)(new URL(origin), Math.min(wanted, http/* DEFAULT_MAX_CONNECTIONS_PER_HOST */.g));
    }
}
/**
 * The verify run, loaded a part at a time with a turn of the event loop between parts: loading it all at
 * once keeps the process from reading the warm-up's answers and sending its next requests for about 0.1 s.
 * The parts are the largest libraries first, in the order the engine needs them, none longer than about
 * 15 ms here; the list is a loading order only (the engine imports what it needs either way).
 */
async function loadVerifyRun() {
    const parts = [
        () => __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19)),
        () => __webpack_require__.e(/* import() */ 549).then(__webpack_require__.t.bind(__webpack_require__, 54549, 19)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261)]).then(__webpack_require__.t.bind(__webpack_require__, 47261, 23)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594)]).then(__webpack_require__.t.bind(__webpack_require__, 33594, 23)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467)]).then(__webpack_require__.t.bind(__webpack_require__, 21467, 23)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(300)]).then(__webpack_require__.t.bind(__webpack_require__, 7300, 23)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(683)]).then(__webpack_require__.t.bind(__webpack_require__, 63683, 23)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772)]).then(__webpack_require__.bind(__webpack_require__, 83772)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772), __webpack_require__.e(927), __webpack_require__.e(336)]).then(__webpack_require__.bind(__webpack_require__, 28336)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772), __webpack_require__.e(927), __webpack_require__.e(26)]).then(__webpack_require__.bind(__webpack_require__, 5026)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772), __webpack_require__.e(927), __webpack_require__.e(911), __webpack_require__.e(411)]).then(__webpack_require__.bind(__webpack_require__, 6792)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772), __webpack_require__.e(927), __webpack_require__.e(434)]).then(__webpack_require__.bind(__webpack_require__, 29434)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772), __webpack_require__.e(927), __webpack_require__.e(815), __webpack_require__.e(654), __webpack_require__.e(939), __webpack_require__.e(788)]).then(__webpack_require__.bind(__webpack_require__, 41788)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772), __webpack_require__.e(927), __webpack_require__.e(815), __webpack_require__.e(911), __webpack_require__.e(720), __webpack_require__.e(654), __webpack_require__.e(6), __webpack_require__.e(939), __webpack_require__.e(546), __webpack_require__.e(788), __webpack_require__.e(439)]).then(__webpack_require__.bind(__webpack_require__, 35439)),
        () => Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772), __webpack_require__.e(927), __webpack_require__.e(911), __webpack_require__.e(720), __webpack_require__.e(939), __webpack_require__.e(546), __webpack_require__.e(585)]).then(__webpack_require__.bind(__webpack_require__, 20585))
    ];
    for (const part of parts) {
        await part();
        await new Promise(resolve => setImmediate(resolve));
    }
    return Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(261), __webpack_require__.e(594), __webpack_require__.e(467), __webpack_require__.e(772), __webpack_require__.e(927), __webpack_require__.e(815), __webpack_require__.e(911), __webpack_require__.e(720), __webpack_require__.e(654), __webpack_require__.e(6), __webpack_require__.e(939), __webpack_require__.e(546), __webpack_require__.e(788), __webpack_require__.e(585), __webpack_require__.e(439), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 59010));
}


/***/ })

};
