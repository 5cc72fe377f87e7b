import Foundation
import PackagePlugin

/// Embeds the package's data folders (migrations, seeds, canned queries) into the
/// `KBEmbedded` module as generated Swift source, so the `kb` binary is
/// self-contained: copied anywhere, it still creates and fills a database.
@main
struct EmbedFiles: BuildToolPlugin {
    /// Folders, relative to the package root, whose files are embedded. The
    /// first path component becomes the namespace ("Seeds/cameo/x.tsv").
    static let folders = ["Migrations", "Seeds", "Sources/KBQuery/Queries"]

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        let fm = FileManager.default
        for folder in Self.folders {
            let dir = root.appending(path: folder)
            guard let walker = fm.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker {
                let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                if isFile, !url.lastPathComponent.hasPrefix(".") { inputs.append(url) }
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFileTable.swift")
        let tool = try context.tool(named: "EmbedGen")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files into KBEmbedded",
                executable: tool.url,
                arguments: [root.path, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
