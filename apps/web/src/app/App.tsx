import { ApolloProvider } from '@apollo/client/react';
import { ACCOUNT_ROUTES } from '@pathways/web-account';
import { INTERNSHIP_ROUTES } from '@pathways/web-internships';
import { MENTORING_ROUTES } from '@pathways/web-mentoring';
import { OUTCOME_ROUTES } from '@pathways/web-outcomes';
import { VACANCY_ROUTES } from '@pathways/web-vacancies';
import { LinkProvider } from '@pathways/web-ui';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { createApolloClient } from './apollo-client';
import { AppLayout } from './AppLayout';
import { RouterLink } from './RouterLink';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <LinkProvider component={RouterLink}>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<HomePage />} />
              {ACCOUNT_ROUTES.map(({ path, element }) => (
                <Route key={path} path={path} element={element} />
              ))}
              {INTERNSHIP_ROUTES.map(({ path, element }) => (
                <Route key={path} path={path} element={element} />
              ))}
              {MENTORING_ROUTES.map(({ path, element }) => (
                <Route key={path} path={path} element={element} />
              ))}
              {OUTCOME_ROUTES.map(({ path, element }) => (
                <Route key={path} path={path} element={element} />
              ))}
              {VACANCY_ROUTES.map(({ path, element }) => (
                <Route key={path} path={path} element={element} />
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </LinkProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
