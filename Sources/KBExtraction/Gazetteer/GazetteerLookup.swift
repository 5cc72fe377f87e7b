extension Gazetteer {
    /// `actor(id)?.name`, read in place: `actor(_:)` copies the whole record.
    func actorName(_ id: String) -> String? { actorSlots[id].map { actors[$0].name } }

    /// `actor(id)?.kind`, read in place.
    func actorKind(_ id: String) -> String? { actorSlots[id].map { actors[$0].kind } }

    /// `place(id)?.kind`, read in place.
    func placeKind(_ id: String) -> String? { placeSlots[id].map { places[$0].kind } }
}
