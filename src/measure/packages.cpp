// The packages that are evidence, per ecosystem: retrieval frameworks, vector stores, fine-tuning
// libraries. A name ending in `*` matches every name with that prefix (npm scopes, Maven groups).

#include "measure/packages.hpp"

#include <iterator>

namespace ragft {

namespace {

// The table of known_packages(), in its order.
constexpr KnownPackage k_packages[] = {
    // Python (PyPI names, normalised)
    {"langchain*", EvidenceKind::retrieval_framework},
    {"llama-index*", EvidenceKind::retrieval_framework},
    {"haystack-ai", EvidenceKind::retrieval_framework},
    {"farm-haystack", EvidenceKind::retrieval_framework},
    {"semantic-kernel", EvidenceKind::retrieval_framework},
    {"txtai", EvidenceKind::retrieval_framework},
    {"ragatouille", EvidenceKind::retrieval_framework},
    {"faiss-cpu", EvidenceKind::vector_store},
    {"faiss-gpu", EvidenceKind::vector_store},
    {"chromadb", EvidenceKind::vector_store},
    {"pinecone-client", EvidenceKind::vector_store},
    {"pinecone", EvidenceKind::vector_store},
    {"qdrant-client", EvidenceKind::vector_store},
    {"weaviate-client", EvidenceKind::vector_store},
    {"pymilvus", EvidenceKind::vector_store},
    {"lancedb", EvidenceKind::vector_store},
    {"pgvector", EvidenceKind::vector_store},
    {"redisvl", EvidenceKind::vector_store},
    {"peft", EvidenceKind::fine_tuning},
    {"trl", EvidenceKind::fine_tuning},
    {"axolotl", EvidenceKind::fine_tuning},
    {"unsloth", EvidenceKind::fine_tuning},
    {"torchtune", EvidenceKind::fine_tuning},
    {"llamafactory", EvidenceKind::fine_tuning},
    {"deepspeed", EvidenceKind::fine_tuning},
    // npm
    {"@langchain/*", EvidenceKind::retrieval_framework},
    {"llamaindex", EvidenceKind::retrieval_framework},
    {"@pinecone-database/pinecone", EvidenceKind::vector_store},
    {"@qdrant/js-client-rest", EvidenceKind::vector_store},
    {"weaviate-ts-client", EvidenceKind::vector_store},
    {"@zilliz/milvus2-sdk-node", EvidenceKind::vector_store},
    {"@lancedb/lancedb", EvidenceKind::vector_store},
    {"vectordb", EvidenceKind::vector_store},
    {"hnswlib-node", EvidenceKind::vector_store},
    // Go (module paths)
    {"github.com/tmc/langchaingo", EvidenceKind::retrieval_framework},
    {"github.com/qdrant/go-client", EvidenceKind::vector_store},
    {"github.com/pinecone-io/go-pinecone", EvidenceKind::vector_store},
    {"github.com/weaviate/weaviate-go-client*", EvidenceKind::vector_store},
    {"github.com/milvus-io/milvus-sdk-go*", EvidenceKind::vector_store},
    {"github.com/amikos-tech/chroma-go", EvidenceKind::vector_store},
    {"github.com/pgvector/pgvector-go", EvidenceKind::vector_store},
    // Java (group:artifact)
    {"dev.langchain4j:*", EvidenceKind::retrieval_framework},
    {"org.springframework.ai:*", EvidenceKind::retrieval_framework},
    {"io.qdrant:*", EvidenceKind::vector_store},
    {"io.pinecone:*", EvidenceKind::vector_store},
    {"io.weaviate:*", EvidenceKind::vector_store},
    {"io.milvus:*", EvidenceKind::vector_store},
    {"com.pgvector:*", EvidenceKind::vector_store},
};

} // namespace

const std::vector<KnownPackage>& known_packages() {
  static const std::vector<KnownPackage> packages(std::begin(k_packages), std::end(k_packages));
  return packages;
}

const KnownPackage* find_known_package(std::string_view name) {
  for (const KnownPackage& p : known_packages()) {
    const bool prefix = !p.name.empty() && p.name.back() == '*';
    const std::string_view stem = prefix ? p.name.substr(0, p.name.size() - 1) : p.name;
    if (prefix ? name.substr(0, stem.size()) == stem : name == stem) {
      return &p;
    }
  }
  return nullptr;
}

} // namespace ragft
