// The Khronos glTF validator ships no types: what src/manifest/files/glb.ts uses of it.
declare module 'gltf-validator' {
  export interface ValidatorMessage {
    code: string;
    message: string;
    /** 0 error, 1 warning, 2 information, 3 hint. */
    severity: number;
    pointer?: string;
    offset?: number;
  }
  export interface ValidatorReport {
    issues: { numErrors: number; numWarnings: number; messages: ValidatorMessage[] };
    info?: { totalTriangleCount?: number; resources?: { pointer: string; image?: { width: number; height: number } }[] };
  }
  export function validateBytes(
    data: Uint8Array,
    options?: { maxIssues?: number; format?: 'glb' | 'gltf'; writeTimestamp?: boolean; uri?: string },
  ): Promise<ValidatorReport>;
}
