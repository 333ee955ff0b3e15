/**
 * What a Fulcio certificate says about its signer: the subject alternative names (the identity: a
 * workflow URI, an email, a username) and the OIDC claims Fulcio copied into its extensions
 * (1.3.6.1.4.1.57264.1.*): the issuer, and for GitHub Actions the repository, owner, ref, workflow…
 * (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). Values 1.8 and above are DER UTF8Strings;
 * the deprecated 1.1–1.6 are raw text, read only as the issuer's fallback.
 */
import { AsnConvert } from '@peculiar/asn1-schema'
import { SubjectAlternativeName } from '@peculiar/asn1-x509'
import type { X509Certificate } from '@peculiar/x509'
import { derContent } from '../der.js'
import { x509 } from '../x509.js'

const FULCIO_ARC = '1.3.6.1.4.1.57264.1'
const SUBJECT_ALT_NAME = '2.5.29.17'
/** Fulcio's otherName SAN for username identities. */
const USERNAME_OTHER_NAME = `${FULCIO_ARC}.7`
const ISSUER_V1 = `${FULCIO_ARC}.1`

/** The Fulcio extensions by name, as sigstore-go and `gh attestation verify` name them. */
export const FulcioExtension = {
  issuer: `${FULCIO_ARC}.8`,
  buildSignerURI: `${FULCIO_ARC}.9`,
  buildSignerDigest: `${FULCIO_ARC}.10`,
  runnerEnvironment: `${FULCIO_ARC}.11`,
  sourceRepositoryURI: `${FULCIO_ARC}.12`,
  sourceRepositoryDigest: `${FULCIO_ARC}.13`,
  sourceRepositoryRef: `${FULCIO_ARC}.14`,
  sourceRepositoryIdentifier: `${FULCIO_ARC}.15`,
  sourceRepositoryOwnerURI: `${FULCIO_ARC}.16`,
  sourceRepositoryOwnerIdentifier: `${FULCIO_ARC}.17`,
  buildConfigURI: `${FULCIO_ARC}.18`,
  buildConfigDigest: `${FULCIO_ARC}.19`,
  buildTrigger: `${FULCIO_ARC}.20`,
  runInvocationURI: `${FULCIO_ARC}.21`,
  sourceRepositoryVisibilityAtSigning: `${FULCIO_ARC}.22`
} as const
export type FulcioField = keyof typeof FulcioExtension

export interface FulcioIdentity {
  /** Every SAN value: URIs, emails, DNS names, Fulcio usernames. */
  subjectAlternativeNames: string[]
  /** The OIDC issuer (1.8, else the deprecated 1.1). */
  issuer?: string
  extensions: Partial<Record<FulcioField, string>>
  notBefore: Date
  notAfter: Date
}

export function fulcioIdentity(der: Uint8Array): FulcioIdentity {
  const cert: X509Certificate = new x509.X509Certificate(der)
  const extensions: Partial<Record<FulcioField, string>> = {}
  for (const [field, oid] of Object.entries(FulcioExtension) as [FulcioField, string][]) {
    const found = cert.extensions.find(extension => extension.type === oid)
    const text = found === undefined ? undefined : utf8String(Buffer.from(found.value))
    if (text !== undefined) extensions[field] = text
  }
  const legacyIssuer = cert.extensions.find(extension => extension.type === ISSUER_V1)
  return {
    subjectAlternativeNames: subjectAlternativeNames(cert),
    issuer: extensions.issuer ?? (legacyIssuer && Buffer.from(legacyIssuer.value).toString('utf8')),
    extensions,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter
  }
}

/** The identity as one line: the first SAN, and the issuer. */
export function describeIdentity(identity: FulcioIdentity): string {
  const name = identity.subjectAlternativeNames[0] ?? '(no subject alternative name)'
  return identity.issuer === undefined ? name : `${name} (issuer ${identity.issuer})`
}

function subjectAlternativeNames(cert: X509Certificate): string[] {
  const found = cert.extensions.find(extension => extension.type === SUBJECT_ALT_NAME)
  if (found === undefined) return []
  const names = AsnConvert.parse(found.value, SubjectAlternativeName)
  return names.flatMap(name => {
    const text = name.uniformResourceIdentifier ?? name.rfc822Name ?? name.dNSName
    if (text !== undefined) return [text]
    if (name.otherName?.typeId === USERNAME_OTHER_NAME) {
      // otherName's value is [0] EXPLICIT around the UTF8String; the parser may hand either over.
      const raw = Buffer.from(name.otherName.value)
      const value = utf8String(raw[0] === 0xa0 ? derContent(raw) : raw)
      return value === undefined ? [] : [value]
    }
    return []
  })
}

/** The text of a DER UTF8String, or undefined when the bytes are something else. */
function utf8String(der: Buffer): string | undefined {
  if (der[0] !== 0x0c) return undefined
  try {
    return derContent(der).toString('utf8')
  } catch {
    return undefined
  }
}
