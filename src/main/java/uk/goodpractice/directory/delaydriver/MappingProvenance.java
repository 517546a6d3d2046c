package uk.goodpractice.directory.delaydriver;

/** Where a driver mapping comes from, so analysts can tell published fact from later opinion. */
public enum MappingProvenance {
    /** A tick printed in the edition's own matrix. */
    PRINTED_MATRIX,
    /** An editor's later judgement, with a rationale; never part of a printed matrix. */
    EDITORIAL
}
