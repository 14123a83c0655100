// A build step: reads a YAML file (the compiled-in rule base) into ragft's YAML values, as
// `load_rule_base` reads any rule base, and writes them in the text of base/yaml_value_codec.hpp,
// which ragft decodes at start-up instead of parsing the YAML. A file that is not valid YAML stops
// the build with its `path:line:col` message.
//   encode_values INPUT.yaml OUTPUT

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <ragft/base/diagnostic.hpp>

#include "base/yaml_reader.hpp"
#include "base/yaml_value_codec.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: encode_values INPUT.yaml OUTPUT\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    std::cerr << argv[1] << ": cannot be read\n";
    return 2;
  }
  try {
    const ragft::yaml::ValueDocuments documents = ragft::yaml::ValueReader(argv[1]).load_all(text.str());
    const std::string partial = std::string(argv[2]) + ".tmp"; // renamed when whole: no half output
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out << ragft::yaml::encode_values(documents);
    out.close();
    return out.good() && std::rename(partial.c_str(), argv[2]) == 0 ? 0 : 2;
  } catch (const ragft::InputError& e) {
    std::cerr << e.what() << '\n';
    return 2;
  }
}
