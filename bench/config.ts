/** Benchmark sizes from the environment; the defaults are issue 6's and finish in minutes on 2 cores. */
export interface BenchConfig {
  platforms: number
  layersPerPlatform: number
  totalMegabytes: number
  bigLayerMegabytes: number
  repeat: number
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name}='${raw}' is not a positive integer; unset it for the default ${fallback}`)
  }
  return value
}

export function readConfig(): BenchConfig {
  return {
    platforms: positiveInteger('BENCH_PLATFORMS', 4),
    layersPerPlatform: positiveInteger('BENCH_LAYERS', 3),
    totalMegabytes: positiveInteger('BENCH_TOTAL_MB', 400),
    bigLayerMegabytes: positiveInteger('BENCH_BIG_LAYER_MB', 1024),
    repeat: positiveInteger('BENCH_REPEAT', 3)
  }
}

export const MB = 1024 * 1024
