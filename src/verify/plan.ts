/**
 * What the verify engine decides with, as parsed values (certificates, policies), built once per run by
 * run/ from the inputs (or by a library caller in a few lines), and the requests it is asked to check.
 */
import type { Reference } from '../oci/reference.js'
import type { Descriptor, Platform } from '../oci/types.js'
import type { TrustPolicy } from '../trust/policy.js'

export interface VerifyPlan {
  /** Which signatures are trusted for a repository: simple roots, notation's trust policy, or rules. */
  policy: TrustPolicy
  /** The entry of the signed index to select (a request's own platform wins over `platform`). */
  selection: { scenario?: string; platform?: Platform }
  /** The index annotation that carries scenario tags. */
  scenarioAnnotation: string
  /** Re-hash every blob the selection reaches (false: signature and manifests only). */
  verifyLayers: boolean
  /** Signatures examined at most per image (notation: 100). */
  maxSignatures: number
  /** Registry host patterns (`ghcr.io`, `*.example.com`); empty allows every registry. */
  allowedRegistries: string[]
}

/** Defaults of a plan, as the inputs' defaults (inputs/contract.ts) give them. */
export const PLAN_DEFAULTS = {
  selection: {},
  scenarioAnnotation: 'dev.signet.scenario',
  verifyLayers: true,
  maxSignatures: 100,
  allowedRegistries: []
} satisfies Omit<VerifyPlan, 'policy'>

/** A file line that uses an image (a gate's finding); gates extend it with what they know. */
export interface FileUse {
  file: string
  /** 1-based line, for annotations. */
  line: number
  /** The image as the file spells it. */
  image: string
}

/** Where a request came from: answers are grouped by it (never by position). */
export type RequestOrigin<Use = FileUse> =
  | { kind: 'input' }
  /** A repository's tag or digest checked by a sweep before it signs. */
  | { kind: 'sweep' }
  /** Dockerfile lines that make a build pull this image. */
  | { kind: 'dockerfile'; uses: Use[] }
  /** Workload file lines (Kubernetes, Compose) that would run this image. */
  | { kind: 'workload'; uses: Use[] }

export interface VerifyRequest<Use = FileUse> {
  reference: Reference
  origin: RequestOrigin<Use>
  /** Overrides the plan's platform selection, e.g. a Dockerfile's `--platform`. */
  platform?: Platform
  /**
   * What the reference already resolved to in this run (the store resolves once for its cache key):
   * verify uses it instead of asking again, so one run works on one digest even if the tag moves.
   */
  resolved?: Descriptor
}
