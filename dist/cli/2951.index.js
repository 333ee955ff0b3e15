export const id = 2951;
export const ids = [2951,23];
export const modules = {

/***/ 82951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO_CACHE_SERVICE: () => (/* binding */ NO_CACHE_SERVICE),
/* harmony export */   verifyWithStore: () => (/* binding */ verifyWithStore)
/* harmony export */ });
/* unused harmony exports storeCacheKey, trustFingerprint, restoreStore, saveStore, storeName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55894);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62148);
/* harmony import */ var _oci_canonical_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33899);
/* harmony import */ var _layout_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23);
/**
 * The verified store across jobs: restored from and saved to the Actions cache, keyed by the verified
 * digests and the trust configuration. A restored store is a hint, never a verdict: verifyWithStore
 * re-verifies it offline (signatures checked again, every blob re-hashed from disk) and falls back to
 * the registry, recording a fresh store, whenever anything in it does not verify.
 */








const KEY_PREFIX = 'signet-store-';
/** A face with no cache service (the CLI): `cache: true` restores and saves nothing, and says so. */
const NO_CACHE_SERVICE = {
    restoreCache: async () => undefined,
    saveCache: async () => -1,
    isAvailable: () => false
};
/**
 * 'signet-store-<sha256>' over the sorted digests and the trust fingerprint: the same images under the
 * same trust configuration share an entry; a new digest or a changed trust root makes a new one.
 */
function storeCacheKey(digests, trustFingerprint) {
    const sorted = [...new Set(digests)].sort();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify({ digests: sorted, trust: trustFingerprint }));
    return KEY_PREFIX + hash.digest('hex');
}
/**
 * A hash of the trust configuration: roots and identities, or the notation trust policy and every file
 * of its trust store. Paths are read, so editing a file in place changes the fingerprint too.
 */
async function trustFingerprint(trust, signers = []) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if (signers.length > 0)
        hash.update(JSON.stringify({ signers }));
    if (trust.kind === 'none') {
        hash.update(JSON.stringify({ notary: 'none' }));
    }
    else if (trust.kind === 'roots') {
        hash.update(JSON.stringify({ roots: trust.trustRoots, identities: [...trust.trustedIdentities].sort() }));
    }
    else if (trust.kind === 'rules') {
        // The rules text; a store is re-verified on reuse, so a changed file a rule names is caught there.
        const rules = (0,_inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_4__/* .isContent */ .az)(trust.rules, 'yaml')
            ? trust.rules
            : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(trust.rules.trim(), 'utf8').catch(() => trust.rules);
        hash.update(JSON.stringify({ rules }));
    }
    else {
        const policy = (0,_inputs_content_or_path_js__WEBPACK_IMPORTED_MODULE_4__/* .isContent */ .az)(trust.trustPolicy, 'json')
            ? trust.trustPolicy
            : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(trust.trustPolicy.trim(), 'utf8').catch(() => trust.trustPolicy);
        hash.update(JSON.stringify({ policy }));
        for (const file of await filesUnder(trust.trustStore)) {
            hash.update(JSON.stringify({ file: file.slice(trust.trustStore.length) }));
            hash.update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file));
        }
    }
    return hash.digest('hex');
}
/** Restores the store directory under exactly `key`; true on a hit. Cache failures only warn. */
async function restoreStore(dir, key, api, log) {
    if ((await api.isAvailable?.()) === false) {
        log.info('The Actions cache service is not available here (not on a GitHub runner?): store not restored');
        return false;
    }
    try {
        const restored = await api.restoreCache([dir], key);
        if (restored === key) {
            log.info(`Restored the verified store from the cache (${key}); it is re-verified before use`);
            return true;
        }
        log.info(`No cached store for ${key}`);
        return false;
    }
    catch (error) {
        log.warning(`Could not restore the store from the cache (${key}): ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return false;
    }
}
/** Saves the store directory under `key`. A failed save (key taken, service down) only warns. */
async function saveStore(dir, key, api, log) {
    if ((await api.isAvailable?.()) === false) {
        log.info('The Actions cache service is not available here (not on a GitHub runner?): store not saved');
        return;
    }
    try {
        const id = await api.saveCache([dir], key);
        if (id === -1)
            log.info(`The store was not saved to the cache (${key}); see the messages above`);
        else
            log.info(`Saved the verified store to the cache (${key})`);
    }
    catch (error) {
        log.warning(`Could not save the store to the cache (${key}): ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
}
/**
 * The store flow: resolve the references to digests, once (a manifest HEAD each) → cache key → restore →
 * verify offline against the store; on a pass, done. Otherwise (miss, tag moved, tampered or partial
 * store) verify against the registry while recording into the store, name the verified images in it and
 * save it to the cache. A store that failed verification is discarded first (with a warning); a store
 * that merely lacks an image is kept, so steps sharing one store add to it.
 */
async function verifyWithStore(run) {
    const { dir, log } = run;
    const resolved = await Promise.all(run.references.map(ref => run.remote(ref).resolve(ref.digest ?? ref.tag ?? 'latest')));
    const digests = resolved.map(descriptor => descriptor.digest);
    const key = storeCacheKey(digests, await trustFingerprint(run.trust, run.signers));
    const restored = run.cache === undefined ? false : await restoreStore(dir, key, run.cache, log);
    const store = await _layout_store_js__WEBPACK_IMPORTED_MODULE_7__/* .LayoutStore */ .K_.open(dir);
    if (await holdsAll(store, run.references, digests)) {
        const offline = await run.verify(reference => store.repository(reference), resolved);
        if (offline.verified)
            return { result: offline, fromStore: true, store };
        const reasons = offline.images.flatMap(image => image.reasons.map(reason => `${image.image}: ${reason}`));
        log.warning(`The ${restored ? 'cached' : 'local'} store at ${dir} failed verification (${reasons.join('; ')}): discarding it and fetching from the registry`);
        await store.discard();
    }
    const result = await run.verify((reference, remote) => store.recording(remote, reference), resolved);
    // The resolved (signed) descriptor names the image in the store once verify has accepted it.
    for (const [index, image] of result.images.entries()) {
        const reference = run.references[index];
        const signed = resolved[index];
        if (!image.verified)
            continue;
        // verify's digest is the selected entry's when a scenario or platform chose one.
        const digest = image.digest ?? signed.digest;
        const pinned = digest === signed.digest ? signed : (await store.fetchManifest(digest)).descriptor;
        await store.nameVerified({
            name: storeName(reference),
            signed,
            pinnedRef: (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)({ registry: reference.registry, repository: reference.repository, digest }),
            pinned,
            tagged: reference.digest === undefined
        });
    }
    if (result.verified && run.cache !== undefined)
        await saveStore(dir, key, run.cache, log);
    return { result, fromStore: false, store };
}
/**
 * The name an image gets in the store: the reference with its canonical name (oci/canonical.ts), with
 * verify's default tag 'latest' made explicit, so `store.repository(ref).resolve(tag)` finds it.
 */
function storeName(reference) {
    const untagged = reference.tag === undefined && reference.digest === undefined;
    return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)((0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalReference */ .Ys)(untagged ? { ...reference, tag: 'latest' } : reference));
}
/** Every reference is named in the store and points at the digest the registry gives it now. */
async function holdsAll(store, references, digests) {
    for (const [index, reference] of references.entries()) {
        const stored = await store.resolve(storeName(reference)).catch(() => undefined);
        if (stored?.digest !== digests[index])
            return false;
    }
    return references.length > 0;
}
async function filesUnder(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true, recursive: true }).catch(() => []);
    return entries
        .filter(entry => entry.isFile())
        .map(entry => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(entry.parentPath, entry.name))
        .sort();
}


/***/ }),

/***/ 23:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K_: () => (/* binding */ LayoutStore),
/* harmony export */   writeDockerArchive: () => (/* binding */ writeDockerArchive)
/* harmony export */ });
/* unused harmony exports STORE_REFERENCE_ANNOTATION, StoreError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _oci_file_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81424);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56118);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(65365);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(68825);
/* harmony import */ var _oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(39863);
/* harmony import */ var _oci_canonical_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(33899);
/* harmony import */ var _oci_signature_discovery_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(10540);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3048);
/**
 * Folder store/: the local verified store and its cache port (the action fills it with the Actions cache).
 * May import: verify/, inputs/, trust/, oci/, util/.
 *
 * The local verified store: an OCI image layout directory holding every image verify accepted (indexes,
 * manifests, configs, layers and their signatures), so later steps can use them offline (`skopeo copy
 * oci:DIR:REF`, `docker load` of an exported archive). The store is never trusted: it serves the same
 * ContentSource calls as a registry and checks every byte it serves against its digest, so a tampered
 * store (e.g. a poisoned cache entry) fails verification exactly as a tampered registry would.
 */















/**
 * Signet's own name for the signed manifest a verified reference resolved to: what an offline verify
 * resolves. Kept apart from `ref.name`, which tools follow and which therefore names only what is
 * complete in the store (the selected entry, whose blobs were all fetched, not the whole index).
 */
const STORE_REFERENCE_ANNOTATION = 'dev.signet.store.reference';
/** The store is missing something, or holds something that does not match its digest or its layout. */
class StoreError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .SignetError */ .Tj {
    code = 'STORE';
    exitCode = 1;
}
class LayoutStore {
    dir;
    index;
    /** index.json updates are chained so concurrent recordings never lose an entry. */
    indexWrite = Promise.resolve();
    constructor(dir, index) {
        this.dir = dir;
        this.index = index;
    }
    /** Opens the layout at `dir`, creating `oci-layout` and an empty `index.json` when missing. */
    static async open(dir) {
        await (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .createLayout */ .Vz)(dir);
        const bytes = await (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .readIndexFile */ .fV)(dir);
        if (bytes === undefined)
            return new LayoutStore(dir, (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .emptyIndex */ .gW)());
        const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, _oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .INDEX_FILE */ .K$);
        const parsed = (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .parseIndex */ .A1)(bytes);
        if ('notJson' in parsed) {
            throw new StoreError(`${indexPath} is not valid JSON (${parsed.notJson}): discard the store`);
        }
        if ('noManifests' in parsed) {
            throw new StoreError(`${indexPath} has no 'manifests' list: it is not an OCI image layout index`);
        }
        return new LayoutStore(dir, parsed.index);
    }
    /** The index.json entries (named images and signature manifests). */
    get entries() {
        return this.index.manifests;
    }
    /** A stored reference name ('registry/repo:tag') or a digest listed in index.json. */
    async resolve(reference) {
        const named = (key) => this.index.manifests.find(candidate => candidate.annotations?.[key] === reference);
        const entry = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .isDigest */ .Bc)(reference)
            ? this.index.manifests.find(candidate => candidate.digest === reference)
            : (named(STORE_REFERENCE_ANNOTATION) ?? named(_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .REF_NAME_ANNOTATION */ .EP));
        if (entry === undefined)
            throw new StoreError(`'${reference}' is not in the store ${this.dir}`);
        return { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
    }
    /**
     * The store seen as one registry repository, as verify addresses it: a tag resolves through the
     * stored name 'registry/repo:tag' (canonical, as cache.ts's storeName), a digest through index.json.
     */
    repository(ref) {
        const named = (reference) => (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .isDigest */ .Bc)(reference) ? reference : `${(0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_10__/* .canonicalRepositoryName */ .Cr)(ref)}:${reference}`;
        return {
            resolve: reference => this.resolve(named(reference)),
            fetchManifest: reference => this.fetchManifest(named(reference)),
            fetchBlob: descriptor => this.fetchBlob(descriptor),
            fetchBlobBytes: (descriptor, maxBytes) => this.fetchBlobBytes(descriptor, maxBytes),
            referrers: (digest, artifactType) => this.referrers(digest, artifactType),
            // Tags the store named while recording (cosign's `.sig` tags): found offline as the registry had them.
            manifestExists: tag => this.resolve(named(tag)).then(() => true, () => false)
        };
    }
    /** A stored manifest by digest (or by stored name), its bytes checked against the digest. */
    async fetchManifest(reference) {
        const digest = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .isDigest */ .Bc)(reference) ? reference : (await this.resolve(reference)).digest;
        const file = this.blobPath(digest);
        const size = await fileSize(file, `manifest ${digest}`);
        if (size > _oci_types_js__WEBPACK_IMPORTED_MODULE_12__/* .MAX_MANIFEST_BYTES */ .ZJ) {
            throw new StoreError(`manifest ${digest} in the store is ${size} bytes, over the ${_oci_types_js__WEBPACK_IMPORTED_MODULE_12__/* .MAX_MANIFEST_BYTES */ .ZJ} limit`);
        }
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .checkContent */ .aG)(bytes, { digest, size: bytes.byteLength }, `stored manifest`);
        const manifest = parseManifest(bytes, digest);
        const mediaType = manifest.mediaType ?? (isIndex(manifest) ? _oci_types_js__WEBPACK_IMPORTED_MODULE_12__/* .MediaType */ .zu.OciIndex : _oci_types_js__WEBPACK_IMPORTED_MODULE_12__/* .MediaType */ .zu.OciManifest);
        return { descriptor: { mediaType, digest, size: bytes.byteLength }, bytes, manifest };
    }
    /** A stored blob, streamed through a size + digest check (a tampered file fails at its end). */
    async fetchBlob(descriptor) {
        const file = this.blobPath(descriptor.digest);
        await fileSize(file, `blob ${descriptor.digest}`);
        const verifying = new _oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .VerifyingStream */ .SC(descriptor, 'stored blob');
        const reading = (0,_oci_file_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .readBlobFile */ .W)(file);
        reading.on('error', error => verifying.destroy(error));
        return reading.pipe(verifying);
    }
    async fetchBlobBytes(descriptor, maxBytes) {
        if (descriptor.size > maxBytes) {
            throw new StoreError(`blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${maxBytes} allowed here`);
        }
        const file = this.blobPath(descriptor.digest);
        const size = await fileSize(file, `blob ${descriptor.digest}`);
        if (size > maxBytes) {
            throw new StoreError(`stored blob ${descriptor.digest} is ${size} bytes, over the ${maxBytes} allowed here`);
        }
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .checkContent */ .aG)(bytes, descriptor, 'stored blob');
        return bytes;
    }
    /**
     * Signature (or other referrer) manifests listed in index.json whose subject is `digest`. The
     * manifests are read unverified only to filter; verify fetches each again through its digest check.
     */
    async referrers(digest, artifactType) {
        const found = [];
        for (const entry of this.index.manifests) {
            const named = entry.annotations?.[_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .REF_NAME_ANNOTATION */ .EP] !== undefined ||
                entry.annotations?.[STORE_REFERENCE_ANNOTATION] !== undefined;
            if (named || (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_12__/* .isIndexMediaType */ .$$)(entry.mediaType))
                continue;
            let manifest;
            try {
                manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(this.blobPath(entry.digest), 'utf8'));
            }
            catch {
                continue;
            }
            const type = manifest.artifactType ?? manifest.config?.mediaType;
            if (manifest.subject?.digest !== digest || (artifactType !== undefined && type !== artifactType))
                continue;
            found.push({
                mediaType: entry.mediaType,
                digest: entry.digest,
                size: entry.size,
                ...(type !== undefined && { artifactType: type }),
                ...(manifest.annotations !== undefined && { annotations: manifest.annotations })
            });
        }
        return found;
    }
    /**
     * A tee over `source`: everything fetched through it is also written into the store. A blob file
     * appears only after its whole stream passed the digest check (temp file, then rename), so an
     * interrupted or corrupted download never leaves a file that looks complete. Nothing is buffered
     * beyond a stream chunk. Manifests with a `subject` (signatures) are listed in index.json so
     * `referrers` finds them offline; images are named by `addReference` once verified.
     */
    recording(source, ref) {
        return {
            resolve: reference => source.resolve(reference),
            fetchManifest: async (reference) => {
                const fetched = await source.fetchManifest(reference);
                (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .checkContent */ .aG)(fetched.bytes, fetched.descriptor, 'manifest');
                await this.writeBlob(fetched.descriptor.digest, fetched.bytes);
                if (fetched.manifest.subject !== undefined) {
                    await this.addReferrer(fetched.descriptor, fetched.manifest);
                }
                else if ((0,_oci_signature_discovery_js__WEBPACK_IMPORTED_MODULE_11__/* .isCosignSignatureTag */ .Kg)(reference)) {
                    // A legacy cosign signature is found by its tag alone: name it, so the store finds it offline.
                    await this.addReference(`${(0,_oci_canonical_js__WEBPACK_IMPORTED_MODULE_10__/* .canonicalRepositoryName */ .Cr)(ref)}:${reference}`, fetched.descriptor);
                }
                return fetched;
            },
            fetchBlob: async (descriptor) => {
                const upstream = (await source.fetchBlob(descriptor));
                const verifying = new _oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .VerifyingStream */ .SC(descriptor, 'blob');
                const tee = new FileTee(this.blobPath(descriptor.digest));
                // pipeline destroys every stream on any error, so the consumer of `tee` sees it.
                return (0,node_stream__WEBPACK_IMPORTED_MODULE_4__.pipeline)(upstream, verifying, tee, () => undefined);
            },
            fetchBlobBytes: async (descriptor, maxBytes) => {
                const bytes = await source.fetchBlobBytes(descriptor, maxBytes);
                (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .checkContent */ .aG)(bytes, descriptor, 'blob');
                await this.writeBlob(descriptor.digest, bytes);
                return bytes;
            },
            referrers: (digest, artifactType) => source.referrers(digest, artifactType),
            ...(source.manifestExists !== undefined && {
                manifestExists: source.manifestExists.bind(source)
            })
        };
    }
    /**
     * Names a stored image in index.json ('registry/repo:tag' or 'registry/repo@digest'), replacing an
     * older entry of the same name.
     */
    async addReference(name, descriptor) {
        await this.updateIndex(manifests => [
            ...manifests.filter(entry => entry.annotations?.[_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .REF_NAME_ANNOTATION */ .EP] !== name),
            {
                mediaType: descriptor.mediaType,
                digest: descriptor.digest,
                size: descriptor.size,
                annotations: { [_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .REF_NAME_ANNOTATION */ .EP]: name }
            }
        ]);
    }
    /**
     * Names a verified image: `name` (the reference as verify was given it) on the signed manifest it
     * resolved to, for Signet; and for skopeo, umoci and podman, `ref.name`s on the image verify pinned
     * (the selected entry when a scenario or platform chose one): the printed `ref`, and `name` too when
     * it is a tag. Earlier entries of these names are replaced.
     */
    async nameVerified(image) {
        const toolNames = [...new Set([image.pinnedRef, ...(image.tagged ? [image.name] : [])])];
        const entry = (descriptor, annotations) => ({
            mediaType: descriptor.mediaType,
            digest: descriptor.digest,
            size: descriptor.size,
            annotations
        });
        await this.updateIndex(manifests => [
            ...manifests.filter(existing => existing.annotations?.[STORE_REFERENCE_ANNOTATION] !== image.name &&
                !toolNames.includes(existing.annotations?.[_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .REF_NAME_ANNOTATION */ .EP] ?? '')),
            entry(image.signed, { [STORE_REFERENCE_ANNOTATION]: image.name }),
            ...toolNames.map(name => entry(image.pinned, { [_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .REF_NAME_ANNOTATION */ .EP]: name }))
        ]);
    }
    /** Removes everything in the store (a tampered or stale one) and starts an empty layout. */
    async discard() {
        await this.indexWrite;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.dir, { recursive: true, force: true });
        await (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .createLayout */ .Vz)(this.dir);
        this.index = (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .emptyIndex */ .gW)();
        await this.updateIndex(manifests => manifests);
    }
    /** The file of a digest; only well-formed sha256 digests map to a path (no traversal via the digest). */
    blobPath(digest) {
        if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .isDigest */ .Bc)(digest) || !digest.startsWith('sha256:')) {
            throw new StoreError(`'${digest}' is not a sha256 digest: the store holds sha256 blobs only`);
        }
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .blobPath */ .nD)(digest));
    }
    async addReferrer(descriptor, manifest) {
        const artifactType = manifest.artifactType ?? manifest.config?.mediaType;
        await this.updateIndex(manifests => manifests.some(entry => entry.digest === descriptor.digest)
            ? manifests
            : [
                ...manifests,
                {
                    mediaType: descriptor.mediaType,
                    digest: descriptor.digest,
                    size: descriptor.size,
                    ...(artifactType !== undefined && { artifactType })
                }
            ]);
    }
    async writeBlob(digest, bytes) {
        await (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .writeWhole */ .f8)(this.blobPath(digest), bytes);
    }
    updateIndex(change) {
        const write = this.indexWrite.then(async () => {
            this.index = { ...this.index, manifests: change(this.index.manifests) };
            await (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .writeIndexFile */ .Gh)(this.dir, this.index);
        });
        // A failed write must not block later ones; the caller still sees the failure.
        this.indexWrite = write.catch(() => undefined);
        return write;
    }
}
/**
 * Writes a `docker load`-able tarball of one platform image from the store, Docker ≥25 style: an OCI
 * layout (oci-layout, index.json, blobs/sha256/…) plus the manifest.json older loaders read. Blobs are
 * streamed from the store through their digest checks, one at a time.
 */
async function writeDockerArchive(store, manifest, file, repoTag, 
/** Gets progress of big layers and the archive's line (blobs, bytes, seconds, MB/s). */
log) {
    const image = await store.fetchManifest(manifest.digest);
    if (isIndex(image.manifest)) {
        const platforms = image.manifest.manifests
            .map(entry => `${entry.digest}${entry.platform ? ` (${entry.platform.os}/${entry.platform.architecture})` : ''}`)
            .join(', ');
        throw new StoreError(`${manifest.digest} is an image index; an archive holds one platform image: pass one of ${platforms}`);
    }
    const { config, layers } = image.manifest;
    const refName = repoTag?.slice(repoTag.lastIndexOf(':') + 1);
    const index = {
        schemaVersion: 2,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_12__/* .MediaType */ .zu.OciIndex,
        manifests: [
            {
                ...image.descriptor,
                ...(repoTag !== undefined && {
                    annotations: { 'io.containerd.image.name': repoTag, [_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .REF_NAME_ANNOTATION */ .EP]: refName }
                })
            }
        ]
    };
    const dockerManifest = [
        {
            Config: (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .blobPath */ .nD)(config.digest),
            RepoTags: repoTag === undefined ? [] : [repoTag],
            Layers: layers.map(layer => (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .blobPath */ .nD)(layer.digest))
        }
    ];
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_6__.pack();
    const output = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file);
    const written = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.finished)(pack.pipe(output));
    try {
        await addEntry(pack, _oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .LAYOUT_FILE */ .gI, (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .layoutMarker */ .fB)());
        await addEntry(pack, _oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .INDEX_FILE */ .K$, Buffer.from(JSON.stringify(index)));
        await addEntry(pack, 'manifest.json', Buffer.from(JSON.stringify(dockerManifest)));
        await addEntry(pack, (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .blobPath */ .nD)(image.descriptor.digest), image.bytes);
        const seen = new Set();
        const progress = log && new _util_progress_js__WEBPACK_IMPORTED_MODULE_13__/* .Progress */ .ke(log, 'Archived');
        for (const blob of [config, ...layers]) {
            if (seen.has(blob.digest))
                continue;
            seen.add(blob.digest);
            const entry = pack.entry({ name: (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .blobPath */ .nD)(blob.digest), size: blob.size });
            const transfer = progress?.start(blob.digest, blob.size);
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.finished)((await store.fetchBlob(blob)).pipe(counting(transfer)).pipe(entry));
            transfer?.finish();
        }
        pack.finalize();
        await written;
        if (progress)
            log?.info(progress.summary());
    }
    catch (error) {
        pack.destroy();
        output.destroy();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file, { force: true });
        throw error;
    }
}
/** Passes chunks on, telling `transfer` how many bytes went by. */
function counting(transfer) {
    return new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform: (chunk, _encoding, callback) => {
            transfer?.advance(chunk.length);
            callback(null, chunk);
        }
    });
}
/** Passes chunks on while writing them to a temp file; renames it into place only at a clean end. */
class FileTee extends node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform {
    target;
    temporary;
    handle;
    renamed = false;
    constructor(target) {
        super();
        this.target = target;
        this.temporary = (0,_oci_layout_format_js__WEBPACK_IMPORTED_MODULE_9__/* .temporaryPath */ .l5)(target);
    }
    _transform(chunk, _encoding, callback) {
        this.handle ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(this.temporary, 'w');
        this.handle
            .then(handle => handle.write(chunk))
            .then(() => callback(null, chunk), error => callback(error));
    }
    _flush(callback) {
        this.handle ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(this.temporary, 'w');
        this.handle
            .then(handle => handle.close())
            .then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(this.temporary, this.target))
            .then(() => {
            this.renamed = true;
            callback();
        }, error => callback(error));
    }
    /** Destroyed before a clean end (an error, or the reader gave up): the partial file goes. */
    _destroy(error, callback) {
        if (this.renamed || this.handle === undefined) {
            callback(error);
            return;
        }
        const handle = this.handle;
        this.handle = undefined;
        Promise.resolve(handle)
            .then(opened => opened?.close())
            .catch(() => undefined)
            .then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(this.temporary))
            .catch(() => undefined)
            .then(() => callback(error));
    }
}
function addEntry(pack, name, content) {
    return new Promise((resolve, reject) => pack.entry({ name, size: content.byteLength }, content, error => (error ? reject(error) : resolve())));
}
function parseManifest(bytes, digest) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new StoreError(`stored manifest ${digest} is not JSON (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)})`);
    }
    if (manifest === null || typeof manifest !== 'object' || manifest.schemaVersion !== 2) {
        throw new StoreError(`stored manifest ${digest} is not an OCI/Docker schema 2 manifest`);
    }
    return manifest;
}
function isIndex(manifest) {
    return Array.isArray(manifest.manifests);
}
async function fileSize(file, what) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).size;
    }
    catch {
        throw new StoreError(`${what} is missing from the store (${file})`);
    }
}


/***/ })

};
