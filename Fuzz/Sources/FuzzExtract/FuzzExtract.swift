import KBExtraction

/// One extractor for the whole run: building it loads the gazetteer.
nonisolated(unsafe) let extractor: Extractor? = (try? Gazetteer.bundled.get()).map { Extractor(gazetteer: $0) }

/// libFuzzer's entry point: any bytes through the article parser and, when
/// they parse, the extractor. A crash, a hang or a span outside the text is a
/// finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let parsed = try? ArticleParser(maxBytes: 1 << 20).parse(bytes), let extractor else { return 0 }
    let x = extractor.extract(parsed)
    let count = parsed.body.unicodeScalars.count
    for actor in x.actors {
        for m in actor.mentions where !(0 <= m.start && m.start <= m.end && m.end <= count) {
            fatalError("actor span \(m.start)..<\(m.end) outside a text of \(count)")
        }
    }
    for e in x.events {
        if let s = e.start, let t = e.end, !(0 <= s && s <= t && t <= count) { fatalError("event span \(s)..<\(t) outside \(count)") }
    }
    for q in x.quotes {
        if let s = q.start, let t = q.end, !(0 <= s && s <= t && t <= count) { fatalError("quote span \(s)..<\(t) outside \(count)") }
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM points an executable's `main` at `<Module>_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzExtract_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzz)
}
