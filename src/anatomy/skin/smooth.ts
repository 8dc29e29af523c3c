/**
 * Mesh smoothing on plain arrays: vertex adjacency in compressed rows, and Taubin's
 * lambda/mu smoothing (Taubin 1995, "A signal processing approach to fair surface design"), which
 * evens out the staircase of a grid mesh without the shrinking of plain Laplacian smoothing.
 */

export interface Adjacency {
  /** Neighbours of vertex v are `neighbours[start[v] .. start[v + 1])`. */
  readonly start: Int32Array;
  readonly neighbours: Int32Array;
}

/**
 * Unique edge neighbours of every vertex, in a fixed order (deterministic), from polygons of
 * `sides` corners each (3 for triangles, 4 for quads): each corner's two polygon neighbours.
 */
export function vertexAdjacency(vertexCount: number, polygons: ArrayLike<number>, sides = 3): Adjacency {
  const degree = new Int32Array(vertexCount + 1);
  for (let i = 0; i < polygons.length; i++) degree[polygons[i]!] = degree[polygons[i]!]! + 2;
  const start = new Int32Array(vertexCount + 1);
  for (let v = 0; v < vertexCount; v++) start[v + 1] = start[v]! + degree[v]!;
  const fill = start.slice(0, vertexCount);
  const raw = new Int32Array(start[vertexCount]!);
  for (let t = 0; t < polygons.length; t += sides) {
    for (let e = 0; e < sides; e++) {
      const a = polygons[t + e]!;
      raw[fill[a]!] = polygons[t + ((e + 1) % sides)]!;
      raw[fill[a]! + 1] = polygons[t + ((e + sides - 1) % sides)]!;
      fill[a] = fill[a]! + 2;
    }
  }
  // Sort and deduplicate each row.
  const outStart = new Int32Array(vertexCount + 1);
  const out = new Int32Array(raw.length);
  let n = 0;
  for (let v = 0; v < vertexCount; v++) {
    outStart[v] = n;
    // Insertion sort in place (rows are short), then keep each neighbour once.
    const s0 = start[v]!;
    const s1 = start[v + 1]!;
    for (let i = s0 + 1; i < s1; i++) {
      const x = raw[i]!;
      let j = i - 1;
      while (j >= s0 && raw[j]! > x) {
        raw[j + 1] = raw[j]!;
        j--;
      }
      raw[j + 1] = x;
    }
    for (let i = s0; i < s1; i++) if (i === s0 || raw[i] !== raw[i - 1]) out[n++] = raw[i]!;
  }
  outStart[vertexCount] = n;
  return { start: outStart, neighbours: out.slice(0, n) };
}

/**
 * Taubin smoothing in place: each iteration moves every vertex `lambda` of the way toward the mean
 * of its neighbours, then `mu` (negative, slightly larger in size) of the way back.
 */
export function taubinSmooth(positions: Float64Array, adjacency: Adjacency, iterations: number, lambda = 0.5, mu = -0.53): void {
  const count = positions.length / 3;
  const delta = new Float64Array(positions.length);
  const { start, neighbours } = adjacency;
  const pass = (factor: number) => {
    for (let v = 0; v < count; v++) {
      const s = start[v]!;
      const e = start[v + 1]!;
      if (e === s) continue;
      let mx = 0;
      let my = 0;
      let mz = 0;
      for (let i = s; i < e; i++) {
        const u = 3 * neighbours[i]!;
        mx += positions[u]!;
        my += positions[u + 1]!;
        mz += positions[u + 2]!;
      }
      const inv = 1 / (e - s);
      delta[3 * v] = factor * (mx * inv - positions[3 * v]!);
      delta[3 * v + 1] = factor * (my * inv - positions[3 * v + 1]!);
      delta[3 * v + 2] = factor * (mz * inv - positions[3 * v + 2]!);
    }
    for (let i = 0; i < positions.length; i++) positions[i] = positions[i]! + delta[i]!;
  };
  for (let it = 0; it < iterations; it++) {
    pass(lambda);
    pass(mu);
  }
}
