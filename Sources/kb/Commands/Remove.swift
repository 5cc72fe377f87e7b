import ArgumentParser
import KBStorage

extension KB {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Delete an article and every fact that only it supported.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The article's id, source URL, sha256 or exact title.", valueName: "article"))
        var article: String

        @Flag(name: .shortAndLong, help: "Print nothing on stdout.")
        var quiet = false

        func run() throws {
            try CLI.run(json: false) {
                let kb = try KnowledgeBase(path: database.resolved.path, mode: .mustExist)
                let id = try kb.removeArticle(article)
                if !quiet { Terminal.out("removed article \(id) and the facts only it supported") }
            }
        }
    }
}
