#include <gtest/gtest.h>

#include "query/ResultTable.h"

namespace newsgraph {
namespace {

ResultTable Sample() {
  ResultTable table({"who", "n", "aliases"});
  table.AddRow({Value::String("Sergueï Choïgou"), Value::Int(12), Value::List({Value::String("Shoigu")})});
  table.AddRow({Value::String("Peskov, \"Dmitri\""), Value::Int(3), Value()});
  return table;
}

TEST(ResultTableTest, TextIsAlignedByCharactersWithNumbersRight) {
  EXPECT_EQ(Sample().ToText(),
            "who               n   aliases\n"
            "----------------  --  -------\n"
            "Sergueï Choïgou   12  Shoigu\n"
            "Peskov, \"Dmitri\"   3\n"
            "(2 rows)\n");
}

TEST(ResultTableTest, CsvQuotesWhatNeedsIt) {
  EXPECT_EQ(Sample().ToCsv(),
            "who,n,aliases\r\nSergueï Choïgou,12,Shoigu\r\n\"Peskov, \"\"Dmitri\"\"\",3,\r\n");
}

TEST(ResultTableTest, JsonLinesKeepTypes) {
  EXPECT_EQ(Sample().ToJsonLines(),
            "{\"who\":\"Sergueï Choïgou\",\"n\":12,\"aliases\":[\"Shoigu\"]}\n"
            "{\"who\":\"Peskov, \\\"Dmitri\\\"\",\"n\":3,\"aliases\":null}\n");
}

}  // namespace
}  // namespace newsgraph
