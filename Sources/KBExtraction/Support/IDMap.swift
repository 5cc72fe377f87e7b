/// A map keyed by `String` ids (actor and place ids, slugs, words) for the
/// tables the extractor reads once or more a mention: an ASCII key is hashed
/// eight bytes at a time and compared by its bytes, where `Dictionary` runs
/// SipHash over it and compares `String`s.
///
/// Keys match exactly as `String` keys of a `Dictionary` do (canonical
/// equivalence). Between two ASCII strings that is byte equality. Keys with
/// other scalars sit in a `Dictionary` of their own, asked whenever it is not
/// empty. A query with other scalars can equal an ASCII key only through the
/// three scalars whose canonical decomposition is one ASCII scalar (U+037E
/// ";", U+1FEF "`", U+212A "K"): the query with those replaced, when that
/// leaves it ASCII, is looked up by its bytes.
struct IDMap<Value> {
    /// Entry -> its hash and its key's bytes in `bytes` (start, end); and its value.
    private struct Entry {
        let hash: UInt64
        let start: Int32
        let end: Int32
    }
    private var entries: [Entry] = []
    private var values: [Value] = []
    private var bytes: [UInt8] = []
    /// Open addressing over the hashes: entry + 1, 0 empty; a power of two.
    private var slots: [Int32] = []
    /// Keys with scalars beyond ASCII -> value.
    private var others: [String: Value] = [:]

    init() {}

    init(_ dictionary: [String: Value]) {
        self.init()
        // (In key order: the same table whatever the dictionary's order.)
        for key in dictionary.keys.sorted() { self[key] = dictionary[key] }
    }

    var count: Int { values.count + others.count }
    var isEmpty: Bool { count == 0 }

    subscript(key: String) -> Value? {
        get {
            if let ascii = Self.withBytes(key, { find($0) }) {
                if ascii >= 0 { return values[ascii] }
                return others.isEmpty ? nil : others[key]
            }
            // Not ASCII: a key of its kind, else an ASCII key it may equal.
            if !others.isEmpty, let value = others[key] { return value }
            guard let folded = Self.foldedToASCII(key), let entry = Self.withBytes(folded, { find($0) }), entry >= 0 else { return nil }
            return values[entry]
        }
        set {
            guard let newValue else {
                precondition(self[key] == nil, "IDMap does not remove keys")
                return
            }
            // A key already held beyond ASCII (or one equal to it) keeps its entry, as in a `Dictionary`.
            if !others.isEmpty, others[key] != nil {
                others[key] = newValue
                return
            }
            if let done = Self.withBytes(key, { buffer -> Bool? in
                guard let entry = find(buffer) else { return nil }
                if entry >= 0 { values[entry] = newValue } else { insert(buffer, newValue) }
                return true
            }), done {
                return
            }
            // Not ASCII: an ASCII key it equals keeps the value, else it is a key of its own.
            if let folded = Self.foldedToASCII(key), let entry = Self.withBytes(folded, { find($0) }), entry >= 0 {
                values[entry] = newValue
                return
            }
            others[key] = newValue
        }
    }

    /// Adds `key` with `value` unless it is there (then it keeps its value): true when it was new.
    mutating func insert(_ key: String, _ value: Value) -> Bool {
        if others.isEmpty, let added = Self.withBytes(key, { buffer -> Bool? in
            guard let entry = find(buffer) else { return nil }
            if entry >= 0 { return false }
            insert(buffer, value)
            return true
        }) {
            return added
        }
        if self[key] != nil { return false }
        self[key] = value
        return true
    }

    /// The value of `key`, added with `value` first when it is not there: one probe of the table
    /// for an ASCII key, where a lookup and then an insertion took two.
    mutating func value(of key: String, addingIfAbsent value: Value) -> Value {
        if others.isEmpty, let found = Self.withBytes(key, { buffer -> Value? in
            guard let entry = find(buffer) else { return nil }
            if entry >= 0 { return values[entry] }
            insert(buffer, value)
            return value
        }) {
            return found
        }
        if let existing = self[key] { return existing }
        self[key] = value
        return value
    }

    /// `body` of the key's UTF-8 bytes, in place where the string has them contiguous.
    @inline(__always)
    private static func withBytes<R>(_ key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = key.utf8.withContiguousStorageIfAvailable(body) { return result }
        return key.withUTF8Bytes(body)
    }

    /// The entry of an ASCII key (-1: none), or nil when `buffer` is not all ASCII.
    private func find(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let hash = Self.hash(buffer) else { return nil }
        guard !slots.isEmpty else { return -1 }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = Int(slots[s]) - 1
            if e < 0 { return -1 }
            if entries[e].hash == hash, Self.equal(buffer, bytes, Int(entries[e].start), Int(entries[e].end)) { return e }
            s = (s + 1) & mask
        }
    }

    @inline(__always)
    private static func equal(_ buffer: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let n = buffer.count
        guard end - start == n else { return false }
        guard n > 0, let query = buffer.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { stored in
            let key = stored.baseAddress! + start
            var i = 0
            while i + 8 <= n {
                if UnsafeRawPointer(key + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(query + i).loadUnaligned(as: UInt64.self) {
                    return false
                }
                i += 8
            }
            // The last eight bytes at once (overlapping those compared) when there are eight.
            if i < n, n >= 8 {
                return UnsafeRawPointer(key + n - 8).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(query + n - 8).loadUnaligned(as: UInt64.self)
            }
            while i < n {
                if key[i] != query[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func insert(_ buffer: UnsafeBufferPointer<UInt8>, _ value: Value) {
        let hash = Self.hash(buffer)!
        if values.isEmpty {
            // Room for a table of a few dozen ids at once, not grown an element at a time.
            entries.reserveCapacity(16)
            values.reserveCapacity(16)
            bytes.reserveCapacity(256)
        }
        let start = Int32(bytes.count)
        bytes.append(contentsOf: buffer)
        entries.append(Entry(hash: hash, start: start, end: Int32(bytes.count)))
        values.append(value)
        if values.count * 2 > slots.count {
            rehash(capacity: max(64, slots.count * 2))
        } else {
            place(values.count - 1)
        }
    }

    private mutating func rehash(capacity: Int) {
        slots = [Int32](repeating: 0, count: capacity)
        for e in values.indices { place(e) }
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: entries[e].hash) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(e + 1)
    }

    /// A hash of ASCII bytes, eight at a time; nil when some byte is not ASCII.
    @inline(__always)
    private static func hash(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = buffer.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var high: UInt64 = 0
        var i = 0
        if let base = buffer.baseAddress {
            while i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                high |= w
                h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
            if i < n {
                var w: UInt64 = 0
                if n >= 8 {
                    // The last eight bytes, those already mixed shifted out.
                    w = UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self) >> UInt64(8 * (i + 8 - n))
                } else {
                    var shift: UInt64 = 0
                    while i < n {
                        w |= UInt64(base[i]) << shift
                        shift += 8
                        i += 1
                    }
                }
                high |= w
                h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
            }
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        h = (h ^ (h >> 29)) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// `key` with U+037E, U+1FEF and U+212A replaced by the ASCII scalar each
    /// decomposes to, when that leaves only ASCII; else nil (no ASCII string equals it).
    static func foldedToASCII(_ key: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: out.append(scalar)
            case 0x037E: out.append(";")
            case 0x1FEF: out.append("`")
            case 0x212A: out.append("K")
            default: return nil
            }
        }
        return String(out)
    }
}

extension IDMap: Sendable where Value: Sendable {}

/// A set of `String` ids on `IDMap`: the same membership as `Set<String>`.
struct IDSet {
    private var map = IDMap<Void>()

    init() {}

    var isEmpty: Bool { map.isEmpty }

    func contains(_ key: String) -> Bool { map[key] != nil }

    @discardableResult
    mutating func insert(_ key: String) -> Bool {
        map.insert(key, ())
    }
}

extension IDSet: Sendable {}

/// An `IDMap` built once and read by many: a table of the gazetteer, the
/// recogniser or the event coder. One reference, so a copy of the struct
/// that holds it retains one object, not each of the map's arrays.
final class SharedIDMap<Value: Sendable>: Sendable {
    private let map: IDMap<Value>

    init(_ dictionary: [String: Value]) { map = IDMap(dictionary) }

    subscript(key: String) -> Value? { map[key] }
}
