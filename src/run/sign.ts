/**
 * The sign run both faces render: with `sweep`, sign every unsigned tag under a namespace; otherwise
 * publish and sign one index. The rules file is read once; each key is opened once, before the first
 * push, and shared by every repository its rule signs.
 */
import type { X509Certificate } from '@peculiar/x509'
import { Inputs, Outputs } from '../inputs/contract.js'
import type { InputSource } from '../inputs/input-values.js'
import { readSigningKeyInputs, type SigningKeyInputs } from '../inputs/sign-inputs.js'
import { readSweepInputs } from '../inputs/sweep-inputs.js'
import { readSignTimestampInputs } from '../inputs/timestamp-inputs.js'
import { signOutputs, signTable, sweepTable } from '../report/outputs.js'
import type { ModeRun } from '../report/run-result.js'
import {
  explicitKey,
  readRules,
  readSignInputsWithRules,
  readWithRule,
  ruleInputError,
  rulesPolicy
} from '../rules/apply.js'
import { matchRule, ruleName, type Rule, type RulesFile } from '../rules/rules.js'
import type { SigningKey } from '../sign/plan.js'
import { sign, type SignResult } from '../sign/sign.js'
import { openSigner } from '../sign/signers.js'
import { sweep, type SweepKey, type SweepPlan, type SweepResult } from '../sign/sweep.js'
import { makeTimestamper } from '../sign/timestamping.js'
import { certificatesInput, trustRootsInput } from '../inputs/trust-inputs.js'
import { EXIT, InputError } from '../util/errors.js'
import { step } from '../util/steps.js'
import { withRunContext, type RunContext, type RunEnvironment } from './context.js'

export type SignRun = ModeRun<SignResult> | ModeRun<SweepResult>

export async function runSign(source: InputSource, environment: RunEnvironment): Promise<SignRun> {
  const rules = readRules(source, environment.log)
  if (source.get(Inputs.Sweep) !== '') return runSweep(source, rules, environment)
  const inputs = readSignInputsWithRules(source, rules)
  return withRunContext(inputs.registry, environment, async context => {
    const key = await step('check signing key and certificate chain', () =>
      openKey(
        {
          signer: inputs.signer,
          timestamps: { timestampUrl: inputs.timestampUrl, timestampRoots: inputs.timestampRoots }
        },
        readTrustRoots(inputs.trustRoots),
        context
      )
    )
    const result = await sign(
      {
        image: inputs.image,
        manifests: inputs.manifests,
        tags: inputs.tags,
        annotations: inputs.annotations,
        scenarioAnnotation: inputs.scenarioAnnotation,
        signPlatformManifests: inputs.signPlatformManifests,
        format: inputs.signatureFormat,
        key
      },
      context
    )
    return {
      result,
      table: signTable(result),
      outputs: signOutputs(result),
      annotations: [],
      exitCode: EXIT.OK
    }
  })
}

async function runSweep(
  source: InputSource,
  rules: RulesFile | undefined,
  environment: RunEnvironment
): Promise<ModeRun<SweepResult>> {
  const inputs = readSweepInputs(source)
  if (rules === undefined && !explicitKey(source)) {
    throw new InputError(
      Inputs.Rules,
      "Input 'sweep' needs 'rules' (which key signs which repository) or the key inputs ('signing-key', 'signing-cert-chain')."
    )
  }
  const policy = rules && rulesPolicy(rules)
  return withRunContext(inputs.registry, environment, async context => {
    const trustRoots = readTrustRoots(inputs.trustRoots)
    const keys = new Map<string, Promise<SweepKey>>()
    /** Opens the key `label` names once; an error in a value a rule supplied names the rule's line. */
    const open = (label: string, read: () => KeyInputs, rule?: Rule): Promise<SweepKey> => {
      let key = keys.get(label)
      if (key === undefined) {
        context.log.debug(`Opening the signing key of ${label || 'the key inputs'}`)
        key = Promise.resolve()
          .then(() => openKey(read(), trustRoots, context))
          .catch(error => {
            throw rule === undefined || rules === undefined
              ? error
              : ruleInputError(source, rules, rule, error)
          })
        keys.set(label, key)
      }
      return key
    }
    const plan: SweepPlan = {
      sweep: inputs.sweep,
      repositories: inputs.repositories,
      dryRun: inputs.dryRun,
      signPlatformManifests: inputs.signPlatformManifests,
      format: inputs.signatureFormat,
      rules,
      rulesPolicy: policy,
      shard: inputs.shard,
      async keyFor(repository) {
        if (rules === undefined || explicitKey(source))
          return { key: await open('', () => readKeyInputs(source)), rule: 'signing-key input' }
        const rule = matchRule(rules, repository, 'sign')
        if (rule === undefined) return { skip: `no rule with 'sign:' matches ${repository}` }
        const label = ruleName(rules, rule)
        const key = await open(label, () => readWithRule(source, rules, rule, readKeyInputs), rule)
        return { key, rule: label }
      }
    }
    const result = await sweep(plan, context)
    return {
      result,
      table: sweepTable(result),
      // The JSON report a matrix job hands to `signet report merge`.
      outputs: { [Outputs.Report]: JSON.stringify(result) },
      annotations: [],
      failure:
        result.counts.failed > 0 ? `Sweep: ${result.counts.failed} repositories or tags failed` : undefined,
      exitCode: result.counts.failed === 0 ? EXIT.OK : EXIT.FAILED
    }
  })
}

/** What opens one key: the signer inputs and its timestamping inputs (the step's, or a rule's overlaid). */
interface KeyInputs {
  signer: SigningKeyInputs
  timestamps: { timestampUrl?: string; timestampRoots?: string }
}

function readKeyInputs(source: InputSource): KeyInputs {
  return { signer: readSigningKeyInputs(source), timestamps: readSignTimestampInputs(source) }
}

function readTrustRoots(pem: string | undefined): X509Certificate[] | undefined {
  return pem === undefined ? undefined : trustRootsInput(pem, 'trust-roots')
}

/** A key opened and checked (key against leaf, chain against `trust-roots`), with its TSA. */
async function openKey(
  { signer, timestamps }: KeyInputs,
  trustRoots: X509Certificate[] | undefined,
  context: RunContext
): Promise<SigningKey> {
  const opened = await openSigner(signer, {
    trustRoots,
    now: context.now,
    log: context.log,
    maskSecret: context.maskSecret
  })
  const { timestampUrl, timestampRoots } = timestamps
  return {
    signer: opened,
    chainRoots: signer.kind === 'plugin' ? trustRoots : undefined,
    timestamper:
      timestampUrl === undefined || timestampRoots === undefined
        ? undefined
        : makeTimestamper(timestampUrl, certificatesInput(timestampRoots, 'timestamp-roots'), context.fetcher)
  }
}
