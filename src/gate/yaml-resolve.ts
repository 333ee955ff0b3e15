/**
 * A YAML document as its consumers see it, before the workload gate interprets it: aliases expanded,
 * merge keys (`<<: *base`, `<<: [*a, *b]`) applied, keys compared as JSON compares them (kubectl turns
 * YAML into JSON). Every value keeps the node it was written at, so an image is reported on its own
 * line even when reached through an alias.
 *
 * Where YAML libraries disagree, the document is refused instead of read one way: two merge keys in
 * one mapping (the YAML 1.1 decoder behind kubectl applies both, YAML 1.2 libraries keep one), a key
 * set before a merge key that sets it too (kubectl's decoder lets the merge overwrite it, the merge-key
 * spec and compose keep the explicit value), keys equal once turned into JSON strings (`1` and `"1"`),
 * an alias inside its own anchor, and aliasing that expands past a budget (a billion-laughs document).
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Scalar,
  type YAMLMap,
  type YAMLSeq
} from 'yaml'

export type Resolved = ResolvedScalar | ResolvedSeq | ResolvedMap

export interface ResolvedScalar {
  kind: 'scalar'
  value: unknown
  /** Where the value is written (an empty value: its key). */
  node: Node | undefined
}
export interface ResolvedSeq {
  kind: 'seq'
  items: Resolved[]
  node: YAMLSeq
}
export interface ResolvedMap {
  kind: 'map'
  /** Keys as JSON strings, in the order first written (merged keys where the merge key stands). */
  entries: Map<string, Resolved>
  node: YAMLMap
}

/** The document cannot be read one way with certainty; `node` is where (for the line). */
export class AmbiguousYamlError extends Error {
  constructor(
    message: string,
    readonly node: Node | undefined
  ) {
    super(message)
  }
}

/** Nodes a document may expand to, aliases included; kubectl's decoder refuses excessive aliasing too. */
const MAX_RESOLVED_NODES = 1_000_000

/** The document's contents resolved; undefined for an empty document. Throws AmbiguousYamlError. */
export function resolveDocument(document: Document.Parsed): Resolved | undefined {
  const contents = document.contents
  if (contents === null) return undefined
  return new Resolver(document).resolve(contents as Node, undefined)
}

class Resolver {
  private budget = MAX_RESOLVED_NODES
  /** Anchored nodes being expanded: an alias to one of them is a cycle. */
  private readonly open = new Set<Node>()
  private readonly targets = new Map<Node, Node>()

  constructor(private readonly document: Document.Parsed) {}

  resolve(node: Node | null | undefined, at: Node | undefined): Resolved {
    if (--this.budget < 0)
      throw new AmbiguousYamlError('excessive aliasing: the document expands too far', at)
    if (node === null || node === undefined) return { kind: 'scalar', value: null, node: at }
    if (isAlias(node)) {
      // Alias.resolve walks the document each time: once per alias is enough.
      let target = this.targets.get(node)
      if (target === undefined) {
        target = node.resolve(this.document) as Node | undefined
        if (target !== undefined) this.targets.set(node, target)
      }
      if (target === undefined) throw new AmbiguousYamlError(`alias *${node.source} has no anchor`, node)
      if (this.open.has(target))
        throw new AmbiguousYamlError(`alias *${node.source} is inside its own anchor`, node)
      return this.resolve(target, node)
    }
    if (isScalar(node)) return { kind: 'scalar', value: node.value, node }
    this.open.add(node)
    try {
      if (isSeq(node))
        return { kind: 'seq', items: node.items.map(item => this.resolve(item as Node, node)), node }
      if (isMap(node)) return this.resolveMap(node)
    } finally {
      this.open.delete(node)
    }
    throw new AmbiguousYamlError('a node that is neither a scalar, a sequence nor a mapping', node)
  }

  private resolveMap(map: YAMLMap): ResolvedMap {
    const entries = new Map<string, Resolved>()
    /** Explicit keys, and whether each came before the merge key. */
    const explicit = new Map<string, boolean>()
    let merge: { value: unknown; key: Scalar } | undefined
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null
      if (isMergeKey(keyNode)) {
        if (merge !== undefined) {
          throw new AmbiguousYamlError(
            'two merge keys (<<) in one mapping: YAML libraries apply them differently',
            keyNode
          )
        }
        merge = { value: pair.value, key: keyNode }
        continue
      }
      const key = this.keyOf(keyNode, map)
      if (explicit.has(key)) throw new AmbiguousYamlError(`duplicate key '${key}'`, keyNode ?? map)
      explicit.set(key, merge === undefined)
    }
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null
      if (isMergeKey(keyNode)) {
        for (const [key, value] of this.mergeSources(pair.value as Node | null, keyNode)) {
          if (explicit.get(key) === true) {
            throw new AmbiguousYamlError(
              `key '${key}' is set before a merge key (<<) that sets it too: YAML libraries disagree on which wins; put the merge key first`,
              keyNode
            )
          }
          if (!explicit.has(key) && !entries.has(key)) entries.set(key, value)
        }
        continue
      }
      entries.set(this.keyOf(keyNode, map), this.resolve(pair.value as Node | null, keyNode ?? map))
    }
    return { kind: 'map', entries, node: map }
  }

  /** A merge key's mappings in precedence order (earlier first), their own merges applied. */
  private mergeSources(value: Node | null, at: Node): Map<string, Resolved> {
    const source = this.resolve(value, at)
    const maps = source.kind === 'seq' ? source.items : [source]
    const merged = new Map<string, Resolved>()
    for (const item of maps) {
      if (item.kind !== 'map')
        throw new AmbiguousYamlError('a merge key (<<) needs a mapping or a list of mappings', at)
      for (const [key, resolved] of item.entries) if (!merged.has(key)) merged.set(key, resolved)
    }
    return merged
  }

  /** A key as a JSON string, as kubectl's YAML-to-JSON conversion writes it. */
  private keyOf(keyNode: Node | null, map: YAMLMap): string {
    const key = this.resolve(keyNode, map)
    if (key.kind !== 'scalar') throw new AmbiguousYamlError('a key that is not a scalar', keyNode ?? map)
    return String(key.value)
  }
}

function isMergeKey(node: Node | null): node is Scalar {
  return isScalar(node) && typeof node.value === 'symbol' && node.value.description === '<<'
}
