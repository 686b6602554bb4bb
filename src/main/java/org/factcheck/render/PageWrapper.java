package org.factcheck.render;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Freemarker's default object wrapper with a fast path for the values view records hold most
 * (strings, ints, booleans). Wrapping was the largest single cost of rendering: the default tests a
 * value against a dozen types, several of them interfaces, before reaching these. The results
 * are the very models the default returns for them, so pages are byte for byte the same.
 */
final class PageWrapper extends DefaultObjectWrapper {

    PageWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) {
            return new SimpleScalar(s);
        }
        if (obj instanceof Integer i) {
            return new SimpleNumber(i);
        }
        if (obj instanceof Boolean b) {
            return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        return super.wrap(obj);
    }
}
