/** Benchmark sizes from the environment; the defaults are issue 6's and finish in minutes on 2 cores. */
export interface BenchConfig {
  platforms: number
  layersPerPlatform: number
  totalMegabytes: number
  bigLayerMegabytes: number
  repeat: number
  /** Which suites run: the transfer suite (issue 6), the latency suite and the sharded sweep (issue 27). */
  suites: Suite[]
  /** Round trip the latency relay adds. */
  rttMs: number
  /** Images of the latency suite's gate run. */
  gateImages: number
  /** Repositories of the sharded sweep, and its shards. */
  sweepRepositories: number
  sweepShards: number
}

const SUITES = ['transfer', 'latency', 'sweep'] as const
export type Suite = (typeof SUITES)[number]

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name}='${raw}' is not a positive integer; unset it for the default ${fallback}`)
  }
  return value
}

function nonNegativeInteger(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(
      `${name}='${raw}' is not a whole number of milliseconds; unset it for the default ${fallback}`
    )
  }
  return value
}

/** BENCH_SUITE: `all`, or suites separated by commas (`latency,sweep`). */
function suites(): Suite[] {
  const raw = process.env.BENCH_SUITE ?? 'all'
  if (raw === 'all') return [...SUITES]
  const chosen = raw.split(',').map(name => name.trim())
  const unknown = chosen.filter(name => !(SUITES as readonly string[]).includes(name))
  if (unknown.length > 0 || chosen.length === 0) {
    throw new Error(`BENCH_SUITE='${raw}': expected all, or some of ${SUITES.join(', ')} separated by commas`)
  }
  return chosen as Suite[]
}

export function readConfig(): BenchConfig {
  return {
    platforms: positiveInteger('BENCH_PLATFORMS', 4),
    layersPerPlatform: positiveInteger('BENCH_LAYERS', 3),
    totalMegabytes: positiveInteger('BENCH_TOTAL_MB', 400),
    bigLayerMegabytes: positiveInteger('BENCH_BIG_LAYER_MB', 1024),
    repeat: positiveInteger('BENCH_REPEAT', 3),
    suites: suites(),
    rttMs: nonNegativeInteger('BENCH_RTT_MS', 30),
    gateImages: positiveInteger('BENCH_GATE_IMAGES', 10),
    sweepRepositories: positiveInteger('BENCH_SWEEP_REPOSITORIES', 200),
    sweepShards: positiveInteger('BENCH_SWEEP_SHARDS', 4)
  }
}

export const MB = 1024 * 1024
