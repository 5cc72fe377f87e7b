/// SHA-256 (FIPS 180-4), written here because Foundation on Linux has no
/// CryptoKit and one digest of article bodies does not justify a dependency.
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The lower-case hex digest of `bytes`.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let array = Array(bytes)
        return array.withUnsafeBufferPointer { digest($0) }
    }

    /// The digest of a string's UTF-8 bytes.
    public static func hex(_ string: String) -> String { string.withUTF8Bytes { digest($0) } }

    /// The eight working words.
    struct State {
        var a: UInt32 = 0x6a09e667, b: UInt32 = 0xbb67ae85, c: UInt32 = 0x3c6ef372, d: UInt32 = 0xa54ff53a
        var e: UInt32 = 0x510e527f, f: UInt32 = 0x9b05688c, g: UInt32 = 0x1f83d9ab, h: UInt32 = 0x5be0cd19
    }

    /// One 64-byte block at `block` into `state`; `w` is scratch for the schedule.
    @inline(__always)
    static func compress(_ state: inout State, _ block: UnsafePointer<UInt8>, _ w: UnsafeMutablePointer<UInt32>,
                         _ k: UnsafePointer<UInt32>) {
        for i in 0..<16 {
            let j = i * 4
            w[i] = UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
        }
        for i in 16..<64 {
            let x = w[i - 15], y = w[i - 2]
            // (The rotations nested: rotr(rotr(x, 11) ^ x, 7) is rotr(x, 18) ^ rotr(x, 7), one copy of x fewer.)
            let s0 = (x.rotr(11) ^ x).rotr(7) ^ (x &>> 3)
            let s1 = (y.rotr(2) ^ y).rotr(17) ^ (y &>> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var a = state.a, b = state.b, c = state.c, d = state.d, e = state.e, f = state.f, g = state.g, h = state.h
        // Eight rounds at a time, the working words renamed instead of moved.
        @inline(__always)
        func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
                   _ h: inout UInt32, _ i: Int) {
            // Σ1(e) = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25), Σ0(a) = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22),
            // the rotations nested; Ch(e, f, g) = g ^ (e & (f ^ g)); Maj(a, b, c) = (a & (b | c)) | (b & c).
            let t1 = h &+ ((e.rotr(14) ^ e).rotr(5) ^ e).rotr(6) &+ (g ^ (e & (f ^ g))) &+ k[i] &+ w[i]
            let t2 = ((a.rotr(9) ^ a).rotr(11) ^ a).rotr(2) &+ ((a & (b | c)) | (b & c))
            d = d &+ t1
            h = t1 &+ t2
        }
        var i = 0
        while i < 64 {
            round(a, b, c, &d, e, f, g, &h, i)
            round(h, a, b, &c, d, e, f, &g, i + 1)
            round(g, h, a, &b, c, d, e, &f, i + 2)
            round(f, g, h, &a, b, c, d, &e, i + 3)
            round(e, f, g, &h, a, b, c, &d, i + 4)
            round(d, e, f, &g, h, a, b, &c, i + 5)
            round(c, d, e, &f, g, h, a, &b, i + 6)
            round(b, c, d, &e, f, g, h, &a, i + 7)
            i += 8
        }
        state.a &+= a; state.b &+= b; state.c &+= c; state.d &+= d
        state.e &+= e; state.f &+= f; state.g &+= g; state.h &+= h
    }

    /// The digest of a buffer: whole blocks straight from it, then the padded tail.
    static func digest(_ message: UnsafeBufferPointer<UInt8>) -> String {
        var state = State()
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                let whole = message.count / 64 * 64
                var offset = 0
                while offset < whole {
                    compress(&state, message.baseAddress! + offset, w.baseAddress!, k.baseAddress!)
                    offset += 64
                }
                // The tail, the 0x80 marker, zeros and the bit length: one or two blocks.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                    tail.initialize(repeating: 0)
                    let rest = message.count - whole
                    for i in 0..<rest { tail[i] = message[whole + i] }
                    tail[rest] = 0x80
                    let length = rest + 1 + 8 <= 64 ? 64 : 128
                    let bitLength = UInt64(message.count) &* 8
                    for i in 0..<8 { tail[length - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * i)) }
                    compress(&state, tail.baseAddress!, w.baseAddress!, k.baseAddress!)
                    if length == 128 { compress(&state, tail.baseAddress! + 64, w.baseAddress!, k.baseAddress!) }
                }
            }
        }
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        let words = [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h]
        return String(unsafeUninitializedCapacity: 64) { out in
            var i = 0
            for word in words {
                for shift in stride(from: 28, through: 0, by: -4) {
                    out[i] = digits[Int((word >> UInt32(shift)) & 0xf)]
                    i += 1
                }
            }
            return 64
        }
    }
}

extension UInt32 {
    @inline(__always)
    fileprivate func rotr(_ n: UInt32) -> UInt32 { (self &>> n) | (self &<< (32 &- n)) }
}
