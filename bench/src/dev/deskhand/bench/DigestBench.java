package dev.deskhand.bench;

final class DigestBench {
    DigestBench(Report report, Options options) {
    }

    void run() {
        throw new UnsupportedOperationException("DigestBench");
    }
}
