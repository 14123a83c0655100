#pragma once
// Evidence from dependency manifests: a retrieval framework or vector store among the
// dependencies says a RAG prototype exists; a fine-tuning library, that a training pipeline does.
// Evidence only: it says nothing of how good either is. Pure: the caller reads the manifests.
//
// Manifests: requirements*.txt, pyproject.toml, package.json, go.mod, pom.xml, build.gradle and
// build.gradle.kts.

#include <string>
#include <string_view>
#include <vector>

namespace ragft {

enum class EvidenceKind { retrieval_framework, vector_store, fine_tuning };
std::string_view to_string(EvidenceKind kind); // "retrieval framework", "vector store", "fine-tuning library"

struct DependencyEvidence {
  std::string manifest; // its path, as the caller names it
  std::string package;  // as the manifest names it (normalised: lower case, `_` and `.` as `-` for Python)
  EvidenceKind kind = EvidenceKind::retrieval_framework;
};

// True when `file_name` (without folders) is a manifest read here.
bool is_manifest(std::string_view file_name);

// The manifests read here, in words, for a message that none was found.
constexpr std::string_view k_manifest_names =
    "requirements*.txt, pyproject.toml, package.json, go.mod, pom.xml, build.gradle(.kts)";

// The dependency names a manifest declares (best effort: a line-based reading of each format, not
// a full parser).
std::vector<std::string> manifest_dependencies(std::string_view file_name, std::string_view text);

// The dependencies of the manifest at `path` (named `file_name`) that are evidence.
std::vector<DependencyEvidence> dependency_evidence(std::string_view path, std::string_view file_name,
                                                    std::string_view text);

} // namespace ragft
