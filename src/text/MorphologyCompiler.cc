#include "text/MorphologyCompiler.h"

#include <algorithm>
#include <atomic>
#include <utility>
#include <vector>

#include "core/ParallelFor.h"
#include "text/DictionaryForms.h"
#include "text/Morphology.h"
#include "text/MorphologyTable.h"
#include "text/MorphologyTableWriter.h"

namespace newsgraph {

Result<CompiledMorphology> CompileMorphology(const std::filesystem::path& dictionary, unsigned threads,
                                             const std::function<void(std::size_t, std::size_t)>& progress) {
  // (The files' stamp is taken before their contents are read: a write after it changes the stamp.)
  const std::uint64_t files =
      MorphologyTable::FilesStamp(Morphology::AffixFile(dictionary), Morphology::WordFile(dictionary));
  Result<std::uint64_t> fingerprint = Morphology::Fingerprint(dictionary);
  if (!fingerprint) return fingerprint.error();
  Result<DictionaryListing> listing =
      ListDictionaryForms(Morphology::AffixFile(dictionary), Morphology::WordFile(dictionary));
  if (!listing) return listing.error();
  // A word may start a sentence: its form with one capital first is analysed too.
  std::vector<std::string> forms = listing->forms;
  for (const std::string& form : listing->forms)
    if (std::string capital = OneCapitalFirst(form); !capital.empty() && capital != form)
      forms.push_back(std::move(capital));
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());

  Morphology hunspell(dictionary);
  constexpr std::size_t kBatch = 4096;
  const std::size_t total = forms.size();
  std::vector<WordInfo> analyses(total);
  std::atomic<std::size_t> done = 0;
  ParallelFor((total + kBatch - 1) / kBatch, std::max(1u, threads), [&](std::size_t batch) {
    const std::size_t end = std::min(total, (batch + 1) * kBatch);
    for (std::size_t i = batch * kBatch; i < end; ++i) analyses[i] = hunspell.AnalyzeWithHunspell(forms[i]);
    std::size_t now = done += end - batch * kBatch;
    if (progress) progress(now, total);
  });

  CompiledMorphology compiled;
  compiled.forms = total;
  std::vector<std::pair<std::string, WordInfo>> known;
  for (std::size_t i = 0; i < total; ++i)
    if (analyses[i].known) known.emplace_back(std::move(forms[i]), std::move(analyses[i]));
  compiled.known = known.size();
  compiled.complete = listing->complete;
  compiled.bytes =
      SerializeMorphologyTable(*fingerprint, files, std::move(known), listing->complete, listing->characters);
  return compiled;
}

}  // namespace newsgraph
