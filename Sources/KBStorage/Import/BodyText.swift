/// An article body as the writer needs it: Unicode scalars (the unit of
/// provenance offsets, and what the sentence splitter reads) and the UTF-8
/// offset of each, so that the text of a span is one slice of bytes.
struct BodyText {
    let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    /// `utf8Offsets[i]` is where scalar `i` starts; one more entry for the end.
    private let utf8Offsets: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        utf8 = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        utf8Offsets = offsets
    }

    /// The text of scalars `start..<end`, or nil when the span lies outside the body.
    func span(_ start: Int, _ end: Int) -> String? {
        guard start >= 0, end >= start, end <= scalars.count else { return nil }
        return String(decoding: utf8[utf8Offsets[start]..<utf8Offsets[end]], as: UTF8.self)
    }
}
