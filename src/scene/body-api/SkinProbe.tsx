import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Raycaster, Vector2, Vector3 } from 'three';
import { projectToSkin } from '../../anatomy/skin/skinSurface';
import { useAppStore } from '../../state/store';
import { setBodyProbe, type PictureLabel } from './bodyProbe';

/** The skin mesh's name in the scene (`scene/body/Skin.tsx`). */
const SKIN_MESH = 'skin-mesh';

/**
 * Lends the body API the canvas's camera: which skin lies under a pixel (a ray against the skin
 * mesh only, so hidden lines and markers never catch it) and where a body point is drawn.
 * Called on a tap or at the end of a drawn stroke, never per frame.
 */
export function SkinProbe() {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    const projected = new Vector3();
    setBodyProbe({
      skinAt(clientX, clientY) {
        const skin = scene.getObjectByName(SKIN_MESH);
        const rect = gl.domElement.getBoundingClientRect();
        if (!skin || rect.width === 0 || rect.height === 0) return null;
        ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
        raycaster.setFromCamera(ndc, camera);
        const hit = raycaster.intersectObject(skin, false)[0];
        // The mesh is the skin's surface to within its triangles; the field gives the exact point and normal.
        return hit ? projectToSkin(hit.point.toArray()) : null;
      },
      toScreen(point) {
        projected.set(point[0], point[1], point[2]).project(camera);
        if (projected.z > 1) return null;
        const rect = gl.domElement.getBoundingClientRect();
        return { x: rect.left + ((projected.x + 1) / 2) * rect.width, y: rect.top + ((1 - projected.y) / 2) * rect.height };
      },
      picture() {
        gl.render(scene, camera);
        return gl.domElement.toDataURL('image/png');
      },
      pictureLabels() {
        const { sceneLabels, selectedView } = useAppStore.getState();
        const labels: PictureLabel[] = [];
        for (const label of sceneLabels) {
          if (label.stepId !== selectedView || label.kind === 'region') continue;
          const [x, y, z] = label.at.point;
          const [nx, ny, nz] = label.at.normal;
          // Only where the skin faces the camera, as on the screen.
          if ((camera.position.x - x) * nx + (camera.position.y - y) * ny + (camera.position.z - z) * nz <= 0) continue;
          projected.set(x, y, z).project(camera);
          if (projected.z > 1 || Math.abs(projected.x) > 1 || Math.abs(projected.y) > 1) continue;
          labels.push({ kind: label.kind, text: label.text, x: (projected.x + 1) / 2, y: (1 - projected.y) / 2 });
        }
        return labels;
      },
    });
    return () => setBodyProbe(null);
  }, [camera, gl, scene]);
  return null;
}
