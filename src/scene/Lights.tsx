/**
 * Soft studio light: a warm key from above-behind the giver, a cool fill and a sky/ground
 * ambience. Two direct lights only: the scene's materials light every vertex with each of them
 * (`src/scene/materials/vertexLitMaterial.ts`).
 */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#f4f1ee', '#4a4038', 1.1]} />
      <directionalLight position={[0.6, 1.6, 1.4]} intensity={1.6} color="#fff4e8" />
      <directionalLight position={[-1.2, 0.6, 0.4]} intensity={0.45} color="#dfe8ff" />
    </>
  );
}
