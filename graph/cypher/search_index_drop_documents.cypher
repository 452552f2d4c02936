DROP INDEX search_documents IF EXISTS
