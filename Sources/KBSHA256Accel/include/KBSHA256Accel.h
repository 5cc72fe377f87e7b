#ifndef KB_SHA256_ACCEL_H
#define KB_SHA256_ACCEL_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the SHA extensions (and SSE4.1) that
/// kb_sha256_accel_blocks uses, else 0 (always 0 off x86-64).
int kb_sha256_accel_available(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks at
/// `data`, updating `state` (a, b, c, d, e, f, g, h). Only when
/// kb_sha256_accel_available() returned 1.
void kb_sha256_accel_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
