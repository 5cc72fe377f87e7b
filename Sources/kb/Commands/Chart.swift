import ArgumentParser
import Foundation
import KBQuery

extension KB {
    struct Chart: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chart",
            abstract: "Draw the relations index or the timeline as a self-contained SVG.")

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case relationsIndex = "relations-index"
            case timeline
        }

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("relations-index or timeline.", valueName: "chart"))
        var kind: Kind

        @Option(help: ArgumentHelp("The SVG file to write.", valueName: "file.svg"))
        var out: String

        @Option(help: ArgumentHelp("relations-index: one side (default North Korea); timeline: only this actor.", valueName: "actor"))
        var actor: String?

        @Option(help: ArgumentHelp("relations-index: the other side (default South Korea).", valueName: "actor"))
        var other: String?

        @Option(help: ArgumentHelp("relations-index: year or month.", valueName: "period"))
        var period: String = "year"

        @Option(help: ArgumentHelp("timeline: only events at this place or inside it.", valueName: "place"))
        var place: String?

        @Option(help: ArgumentHelp("timeline: first date.", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("timeline: last date.", valueName: "date"))
        var to: String?

        func validate() throws {
            guard Questions.Period(rawValue: period) != nil else { throw ValidationError("--period must be year or month") }
        }

        func run() throws {
            try CLI.run(json: false) {
                let kb = try database.openForReading()
                let charts = Charts(kb: kb)
                let chart: SVGChart
                switch kind {
                case .relationsIndex:
                    chart = try charts.relationsIndex(actor ?? "north-korea", other ?? "south-korea", per: Questions.Period(rawValue: period)!)
                case .timeline:
                    chart = try charts.timeline(actor: actor, place: place, from: from, to: to)
                }
                do {
                    try Data(chart.render().utf8).write(to: URL(fileURLWithPath: out))
                } catch {
                    throw CLIError(code: "io", thing: out, reason: "cannot write: \(error.localizedDescription)")
                }
                Terminal.note("kb: wrote \(out) (\(chart.points.count) points)")
            }
        }
    }
}
